import { useMutation, useQueryClient } from "@tanstack/react-query";
import { userKeys } from "./user-keys";
import { updateUser, type UpdateUserInput } from "./fetch-users";

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser({ id, input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list(), exact: true }),
  });
}
