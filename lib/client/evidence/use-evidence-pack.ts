import { useQuery } from "@tanstack/react-query";
import { isPackActive } from "./describe-evidence";
import { evidenceKeys } from "./evidence-keys";
import { fetchEvidencePack } from "./fetch-evidence";

const POLL_MS = 1_000;

/** One pack, polled every second while it is queued or building; null id = no pack to follow. */
export function useEvidencePack(id: string | null) {
  return useQuery({
    queryKey: evidenceKeys.detail(id ?? ""),
    queryFn: ({ signal }) => fetchEvidencePack({ id: id!, signal }),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && !isPackActive(query.state.data.status) ? false : POLL_MS),
  });
}
