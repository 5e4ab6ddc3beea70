/** Query keys for collection runs; the run hooks and mutations invalidate exactly these. */
export const runKeys = {
  all: ["runs"] as const,
  detail: (id: string) => [...runKeys.all, "detail", id] as const,
  cluster: (clusterId: string) => [...runKeys.all, "cluster", clusterId] as const,
};
