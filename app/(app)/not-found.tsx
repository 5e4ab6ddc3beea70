import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      actions={
        <Link className="btn" href="/">
          Back to Fleet
        </Link>
      }
    >
      <p>There is nothing at this address. Check the link, or start again from the fleet overview.</p>
    </EmptyState>
  );
}
