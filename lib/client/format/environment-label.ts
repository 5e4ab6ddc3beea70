import type { ClusterEnvironment } from "@/lib/shared/cluster-schemas";

export const ENVIRONMENT_LABELS: Record<ClusterEnvironment, string> = {
  edge: "Edge",
  "on-prem": "On-prem",
  cloud: "Cloud",
};
