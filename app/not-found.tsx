import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** Unknown addresses outside the signed-in area (the shell is not rendered here). */
export default function NotFound() {
  return (
    <main style={{ maxWidth: 640, margin: "15vh auto", padding: 24 }}>
      <EmptyState
        title="Page not found"
        actions={
          <Link className="btn" href="/">
            Go to Lotse
          </Link>
        }
      >
        <p>There is nothing at this address.</p>
      </EmptyState>
    </main>
  );
}
