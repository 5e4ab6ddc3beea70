import { useInfiniteQuery } from "@tanstack/react-query";
import { auditKeys } from "./audit-keys";
import { fetchAuditEvents } from "./fetch-audit-events";

/** Newest first; `fetchNextPage` loads older events with the keyset cursor the server returns. */
export function useAuditEvents({ action }: { action: string }) {
  return useInfiniteQuery({
    queryKey: auditKeys.list({ action }),
    queryFn: ({ pageParam, signal }) => fetchAuditEvents({ action: action || undefined, before: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
    // The log grows with every action elsewhere in the app; always re-read it when the page opens.
    staleTime: 0,
  });
}
