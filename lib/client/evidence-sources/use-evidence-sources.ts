import { useQuery } from "@tanstack/react-query";
import { evidenceSourceKeys } from "./evidence-source-keys";
import { fetchEvidenceSources } from "./fetch-evidence-sources";

/** The ecosystem tools of the cluster's latest snapshot, their health and the checks they feed. */
export function useEvidenceSources(clusterId: string) {
  return useQuery({
    queryKey: evidenceSourceKeys.cluster(clusterId),
    queryFn: ({ signal }) => fetchEvidenceSources({ clusterId, signal }),
  });
}
