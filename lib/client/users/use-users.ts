import { useQuery } from "@tanstack/react-query";
import { userKeys } from "./user-keys";
import { fetchUsers } from "./fetch-users";

export function useUsers() {
  return useQuery({ queryKey: userKeys.list(), queryFn: ({ signal }) => fetchUsers({ signal }) });
}
