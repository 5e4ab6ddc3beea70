import { useMutation } from "@tanstack/react-query";
import { testClusterConnection } from "./fetch-clusters";

/** A probe, not a change: nothing cached depends on it, so nothing is invalidated. */
export function useTestClusterConnection(id: string) {
  return useMutation({ mutationFn: () => testClusterConnection({ id }) });
}
