import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { FleetFrameworksView, FleetFrameworkView } from "@/lib/shared/fleet-framework-view";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

export function fetchFleetFrameworks({
  environment,
  clusterId,
  signal,
}: {
  environment: ClusterEnvironment | null;
  clusterId: string | null;
  signal?: AbortSignal;
}): Promise<FleetFrameworksView> {
  return apiFetch<FleetFrameworksView>("/api/v1/frameworks", {
    query: { environment: environment ?? undefined, cluster: clusterId ?? undefined },
    signal,
  });
}

export function fetchFleetFramework({
  frameworkId,
  environment,
  signal,
}: {
  frameworkId: string;
  environment: ClusterEnvironment | null;
  signal?: AbortSignal;
}): Promise<FleetFrameworkView> {
  return apiFetch<FleetFrameworkView>(`/api/v1/frameworks/${encodeURIComponent(frameworkId)}`, {
    query: { environment: environment ?? undefined },
    signal,
  });
}

export function fetchClusterFramework({
  clusterId,
  frameworkId,
  signal,
}: {
  clusterId: string;
  frameworkId: string;
  signal?: AbortSignal;
}): Promise<ClusterFrameworkView> {
  return apiFetch<ClusterFrameworkView>(
    `/api/v1/clusters/${encodeURIComponent(clusterId)}/frameworks/${encodeURIComponent(frameworkId)}`,
    { signal },
  );
}
