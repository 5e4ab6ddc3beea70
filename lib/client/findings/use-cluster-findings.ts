import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchClusterFindings } from "./fetch-findings";
import { findingKeys } from "./finding-keys";
import type { FindingsFilter } from "./findings-filter";
import { isEvaluationPending } from "./describe-evaluation";

/** While the cluster's latest collection has not been evaluated yet, findings are re-read this often. */
export const EVALUATION_POLL_MS = 2_000;

/**
 * The cluster's current findings for a filter. The worker evaluates right after each collection:
 * when the cluster's last success is newer than the evaluation shown, the list is re-read until
 * the evaluation arrives (for a few minutes at most).
 */
export function useClusterFindings({
  clusterId,
  filter,
  lastSuccessAt,
}: {
  clusterId: string;
  filter: FindingsFilter;
  lastSuccessAt: string | null;
}) {
  return useQuery({
    queryKey: findingKeys.list(clusterId, filter),
    queryFn: ({ signal }) => fetchClusterFindings({ clusterId, filter, signal }),
    // A changed filter keeps the current list on screen until the new one arrives.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      if (query.state.status === "error") return false;
      const evaluatedAt = query.state.data?.evaluation?.evaluatedAt ?? null;
      return isEvaluationPending({ lastSuccessAt, evaluatedAt, now: Date.now() }) ? EVALUATION_POLL_MS : false;
    },
  });
}
