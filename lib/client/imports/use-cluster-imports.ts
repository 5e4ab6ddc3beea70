import { useQuery } from "@tanstack/react-query";
import { fetchClusterImports } from "./fetch-imports";
import { importKeys } from "./import-keys";

/** The cluster's scanner imports, newest first, with the upload limits. */
export function useClusterImports(clusterId: string) {
  return useQuery({
    queryKey: importKeys.cluster(clusterId),
    queryFn: ({ signal }) => fetchClusterImports({ clusterId, signal }),
  });
}
