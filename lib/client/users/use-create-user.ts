import { useMutation, useQueryClient } from "@tanstack/react-query";
import { userKeys } from "./user-keys";
import { createUser, type CreateUserInput } from "./fetch-users";

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => createUser({ input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list(), exact: true }),
  });
}
