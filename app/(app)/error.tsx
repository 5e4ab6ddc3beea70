"use client";

import { Alert } from "@/components/ui/alert";

/** Unexpected failures while rendering a page: say so plainly, offer a retry, keep the shell usable. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Alert
      tone="danger"
      isLive
      title="This page failed to load"
      action={
        <button type="button" className="btn btn-sm" onClick={reset}>
          Try again
        </button>
      }
    >
      Something went wrong on the server{error.digest ? ` (reference ${error.digest})` : ""}. If it keeps happening, an
      admin finds the details in the Lotse logs.
    </Alert>
  );
}
