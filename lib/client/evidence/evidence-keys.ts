import type { EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";

/** Query keys for evidence packs; creating a pack invalidates `list()`. */
export const evidenceKeys = {
  all: ["evidence"] as const,
  list: () => [...evidenceKeys.all, "list"] as const,
  detail: (id: string) => [...evidenceKeys.all, "detail", id] as const,
  preview: (scope: EvidenceScopeInput) => [...evidenceKeys.all, "preview", scope] as const,
  publicKey: () => [...evidenceKeys.all, "public-key"] as const,
};
