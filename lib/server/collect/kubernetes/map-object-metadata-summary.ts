import { z } from "zod";
import type { KubeConfigMapSummary, KubeSecretSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawPartialObject = z.object({ metadata: rawMetadata });

/**
 * A ConfigMap or Secret from a PartialObjectMetadataList item. `type` and `immutable` are not
 * metadata, so they are unknown (null): Lotse never reads the full object to learn them.
 *
 * Note: only label and annotation *keys* are kept. Annotation values can hold the data itself:
 * `kubectl apply` stores the whole object, Secret data included, in
 * `kubectl.kubernetes.io/last-applied-configuration`.
 */
export function mapObjectMetadataSummary(raw: unknown): MapResult<KubeConfigMapSummary> {
  return parseRawObject({
    schema: rawPartialObject,
    raw,
    build: ({ metadata }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      labelKeys: Object.keys(metadata.labels ?? {}).sort(),
      annotationKeys: Object.keys(metadata.annotations ?? {}).sort(),
      creationTimestamp: metadata.creationTimestamp ?? null,
      immutable: null,
    }),
  });
}

/** A Secret's summary: as mapObjectMetadataSummary, `type` unknown for the same reason. */
export function mapSecretSummary(raw: unknown): MapResult<KubeSecretSummary> {
  const summary = mapObjectMetadataSummary(raw);
  return summary.ok ? { ok: true, value: { ...summary.value, type: null } } : summary;
}
