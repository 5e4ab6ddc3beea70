import { useQuery } from "@tanstack/react-query";
import { tokenKeys } from "./token-keys";
import { fetchTokens } from "./fetch-tokens";

export function useTokens() {
  return useQuery({ queryKey: tokenKeys.list(), queryFn: ({ signal }) => fetchTokens({ signal }) });
}
