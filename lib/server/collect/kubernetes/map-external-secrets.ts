import { z } from "zod";
import type { ExternalSecretSummary, SecretStoreSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawConditions = z.array(z.object({ type: z.string(), status: z.string(), reason: rawString })).nullish();

function readyOf(conditions: z.infer<typeof rawConditions>): { isReady: boolean | null; reason: string | null } {
  const ready = (conditions ?? []).find((condition) => condition.type === "Ready");
  if (!ready || ready.status === "Unknown") return { isReady: null, reason: ready?.reason ?? null };
  const isReady = ready.status === "True";
  return { isReady, reason: isReady ? null : (ready.reason ?? null) };
}

const rawExternalSecret = z.object({
  metadata: rawMetadata,
  spec: z.object({ secretStoreRef: z.object({ kind: rawString, name: rawString }).nullish() }).nullish(),
  status: z.object({ conditions: rawConditions }).nullish(),
});

/** An ExternalSecret: its store reference and Ready condition; the remote keys and data are not kept. */
export function mapExternalSecret(raw: unknown): MapResult<ExternalSecretSummary> {
  return parseRawObject({
    schema: rawExternalSecret,
    raw,
    build: ({ metadata, spec, status }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      // The operator's default store kind is SecretStore.
      storeKind: spec?.secretStoreRef ? (spec.secretStoreRef.kind ?? "SecretStore") : null,
      storeName: spec?.secretStoreRef?.name ?? null,
      ...readyOf(status?.conditions),
    }),
  });
}

const rawSecretStore = z.object({
  metadata: rawMetadata,
  spec: z.object({ provider: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  status: z.object({ conditions: rawConditions }).nullish(),
});

/** A SecretStore or ClusterSecretStore: the provider's name only (its auth settings are not kept). */
export function mapSecretStore(raw: unknown, kind: SecretStoreSummary["kind"]): MapResult<SecretStoreSummary> {
  return parseRawObject({
    schema: rawSecretStore,
    raw,
    build: ({ metadata, spec, status }) => ({
      kind,
      namespace: kind === "SecretStore" ? (metadata.namespace ?? "") : null,
      name: metadata.name,
      provider: Object.keys(spec?.provider ?? {})[0] ?? null,
      isReady: readyOf(status?.conditions).isReady,
    }),
  });
}
