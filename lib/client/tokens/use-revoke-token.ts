import { useMutation, useQueryClient } from "@tanstack/react-query";
import { tokenKeys } from "./token-keys";
import { revokeToken } from "./fetch-tokens";

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeToken({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.list(), exact: true }),
  });
}
