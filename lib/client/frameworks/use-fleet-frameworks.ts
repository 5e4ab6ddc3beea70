import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import { fetchFleetFrameworks } from "./fetch-frameworks";
import { frameworkKeys } from "./framework-keys";

/**
 * Every framework over the fleet, one environment, or one cluster (the cluster page's scores).
 * `evaluationId` (the cluster's latest evaluation, when known) is part of the key, so the scores are
 * re-read as soon as a newer evaluation shows up in the findings.
 */
export function useFleetFrameworks({
  environment = null,
  clusterId = null,
  evaluationId = null,
}: {
  environment?: ClusterEnvironment | null;
  clusterId?: string | null;
  evaluationId?: string | null;
}) {
  return useQuery({
    queryKey: [...frameworkKeys.fleetList({ environment, clusterId }), evaluationId],
    queryFn: ({ signal }) => fetchFleetFrameworks({ environment, clusterId, signal }),
    placeholderData: keepPreviousData,
  });
}
