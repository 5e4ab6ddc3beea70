import { useQuery } from "@tanstack/react-query";
import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import { fetchFleetFramework } from "./fetch-frameworks";
import { frameworkKeys } from "./framework-keys";

/** One framework across the fleet (or one environment), control × cluster. */
export function useFleetFramework({
  frameworkId,
  environment,
}: {
  frameworkId: string;
  environment: ClusterEnvironment | null;
}) {
  return useQuery({
    queryKey: frameworkKeys.fleet(frameworkId, environment),
    queryFn: ({ signal }) => fetchFleetFramework({ frameworkId, environment, signal }),
    // Switching environments keeps the matrix on screen until the new one arrives.
    placeholderData: (previous) => (previous?.summary.id === frameworkId ? previous : undefined),
  });
}
