/** Query keys for a cluster's evidence sources. */
export const evidenceSourceKeys = {
  all: ["evidence-sources"] as const,
  cluster: (clusterId: string) => [...evidenceSourceKeys.all, "cluster", clusterId] as const,
};
