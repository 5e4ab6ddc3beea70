import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import { evidenceKeys } from "./evidence-keys";
import { fetchEvidencePreview } from "./fetch-evidence";

/** What a valid scope would cover; nothing is asked while the form is incomplete (scope null). */
export function useEvidencePreview(scope: EvidenceScopeInput | null) {
  return useQuery({
    queryKey: scope ? evidenceKeys.preview(scope) : [...evidenceKeys.all, "preview", null],
    queryFn: ({ signal }) => fetchEvidencePreview({ scope: scope!, signal }),
    enabled: scope !== null,
    placeholderData: keepPreviousData,
  });
}
