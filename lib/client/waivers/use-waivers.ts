import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateWaiverInput } from "@/lib/shared/waiver-view";
import { clusterKeys } from "@/lib/client/clusters/cluster-keys";
import { createWaiver, fetchWaivers, revokeWaiver } from "./fetch-waivers";
import { waiverKeys } from "./waiver-keys";

export function useWaivers() {
  return useQuery({ queryKey: waiverKeys.list(), queryFn: ({ signal }) => fetchWaivers({ signal }) });
}

/** Waivers change findings: cluster data is re-read as well. */
function useInvalidateAfterWaiverChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: waiverKeys.all }),
      queryClient.invalidateQueries({ queryKey: clusterKeys.all }),
    ]);
}

export function useCreateWaiver() {
  const invalidate = useInvalidateAfterWaiverChange();
  return useMutation({ mutationFn: (input: CreateWaiverInput) => createWaiver(input), onSuccess: invalidate });
}

export function useRevokeWaiver() {
  const invalidate = useInvalidateAfterWaiverChange();
  return useMutation({ mutationFn: (id: string) => revokeWaiver({ id }), onSuccess: invalidate });
}
