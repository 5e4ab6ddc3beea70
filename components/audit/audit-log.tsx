"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { Alert } from "@/components/ui/alert";
import { useAuditEvents } from "@/lib/client/audit/use-audit-events";
import { AuditFilter } from "./audit-filter";
import { AuditTable } from "./audit-table";

/** Settings → Audit log: filter by action prefix (kept in `?action=`), load older pages on demand. */
export function AuditLog() {
  const router = useRouter();
  const pathname = usePathname();
  const action = useSearchParams().get("action") ?? "";
  const events = useAuditEvents({ action });

  function applyFilter(next: string) {
    router.replace(next ? `${pathname}?action=${encodeURIComponent(next)}` : pathname, { scroll: false });
  }

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="stack-sm" style={{ gap: 16 }}>
      <AuditFilter key={action} action={action} onApply={applyFilter} />
      {events.isPending ? (
        <LoadingState label="Loading audit events…" rows={5} />
      ) : events.isError && items.length === 0 ? (
        <ErrorState
          title="The audit log could not be loaded"
          error={events.error}
          onRetry={() => void events.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState
          icon="evidence"
          title={action ? `No events whose action starts with “${action}”` : "No audit events yet"}
        />
      ) : (
        <>
          <p className="muted" role="status" aria-live="polite">
            {items.length} {items.length === 1 ? "event" : "events"} shown
            {events.hasNextPage ? ", older ones available" : ", that is all"}.
          </p>
          <AuditTable events={items} />
          {events.isFetchNextPageError ? (
            <Alert tone="danger" isLive>
              Older events could not be loaded: {events.error?.message}
            </Alert>
          ) : null}
          {events.hasNextPage ? (
            <div className="row" style={{ justifyContent: "center" }}>
              <button
                type="button"
                className="btn"
                onClick={() => void events.fetchNextPage()}
                disabled={events.isFetchingNextPage}
              >
                {events.isFetchingNextPage ? "Loading…" : "Load more"}
              </button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
