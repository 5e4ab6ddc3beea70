import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Role } from "@/lib/shared/roles";
import { tokenKeys } from "./token-keys";
import { createToken } from "./fetch-tokens";

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; role: Role }) => createToken(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.list(), exact: true }),
  });
}
