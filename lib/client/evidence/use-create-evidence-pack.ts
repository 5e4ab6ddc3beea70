import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import { evidenceKeys } from "./evidence-keys";
import { createEvidencePack } from "./fetch-evidence";

export function useCreateEvidencePack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: EvidenceScopeInput) => createEvidencePack(scope),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKeys.list() }),
  });
}
