import { useQuery } from "@tanstack/react-query";
import { isPackActive } from "./describe-evidence";
import { evidenceKeys } from "./evidence-keys";
import { fetchEvidencePacks } from "./fetch-evidence";

const POLL_MS = 2_000;

/** Past packs, newest first as the API sends them; re-read while one of them is still being built. */
export function useEvidencePacks() {
  return useQuery({
    queryKey: evidenceKeys.list(),
    queryFn: ({ signal }) => fetchEvidencePacks({ signal }),
    refetchInterval: (query) => (query.state.data?.some((pack) => isPackActive(pack.status)) ? POLL_MS : false),
  });
}
