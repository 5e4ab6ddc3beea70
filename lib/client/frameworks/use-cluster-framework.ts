import { useQuery } from "@tanstack/react-query";
import { fetchClusterFramework } from "./fetch-frameworks";
import { frameworkKeys } from "./framework-keys";

/** One framework, control by control, on one cluster. */
export function useClusterFramework({ clusterId, frameworkId }: { clusterId: string; frameworkId: string }) {
  return useQuery({
    queryKey: frameworkKeys.cluster(clusterId, frameworkId),
    queryFn: ({ signal }) => fetchClusterFramework({ clusterId, frameworkId, signal }),
  });
}
