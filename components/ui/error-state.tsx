import Link from "next/link";
import { Alert } from "./alert";

/** A failed read: the server's own message, and a way to try again. */
export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const isSignedOut = typeof error === "object" && error !== null && "status" in error && error.status === 401;
  return (
    <Alert
      tone="danger"
      title={title}
      isLive
      action={
        isSignedOut ? (
          <Link className="btn btn-sm" href="/login">
            Sign in again
          </Link>
        ) : onRetry ? (
          <button type="button" className="btn btn-sm" onClick={onRetry}>
            Try again
          </button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
