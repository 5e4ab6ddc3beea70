import { z } from "zod";
import type { SecretProviderClassSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawSecretProviderClass = z.object({
  metadata: rawMetadata,
  spec: z.object({ provider: rawString, secretObjects: z.array(z.unknown()).nullish() }).nullish(),
});

/**
 * A SecretProviderClass: which provider mounts the secrets and whether they are synced into
 * Kubernetes Secrets. Its parameters (vault address, role, object paths) are not kept.
 */
export function mapSecretProviderClass(raw: unknown): MapResult<SecretProviderClassSummary> {
  return parseRawObject({
    schema: rawSecretProviderClass,
    raw,
    build: ({ metadata, spec }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      provider: spec?.provider ?? null,
      syncsToSecrets: (spec?.secretObjects?.length ?? 0) > 0,
    }),
  });
}
