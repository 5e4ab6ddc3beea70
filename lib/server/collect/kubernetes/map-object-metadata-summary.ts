import { z } from "zod";
import type { KubeConfigMapSummary, KubeSecretSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, type RawMetadata } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawPartialObject = z.object({ metadata: rawMetadata });

/**
 * The summary of a ConfigMap's or Secret's metadata; `immutable` is not metadata and is the
 * caller's to say.
 *
 * Note: only label and annotation *keys* are kept. Annotation values can hold the data itself:
 * `kubectl apply` stores the whole object, Secret data included, in
 * `kubectl.kubernetes.io/last-applied-configuration`.
 */
export function summarizeObjectMetadata(metadata: RawMetadata, immutable: boolean | null): KubeConfigMapSummary {
  return {
    namespace: metadata.namespace ?? "",
    name: metadata.name,
    labelKeys: Object.keys(metadata.labels ?? {}).sort(),
    annotationKeys: Object.keys(metadata.annotations ?? {}).sort(),
    creationTimestamp: metadata.creationTimestamp ?? null,
    immutable,
  };
}

/** An object from a PartialObjectMetadataList item: `immutable` is not metadata, so it is unknown (null). */
export function mapObjectMetadataSummary(raw: unknown): MapResult<KubeConfigMapSummary> {
  return parseRawObject({
    schema: rawPartialObject,
    raw,
    build: ({ metadata }) => summarizeObjectMetadata(metadata, null),
  });
}

/** A Secret's summary from its metadata alone: as mapObjectMetadataSummary, `type` unknown too. */
export function mapSecretSummary(raw: unknown): MapResult<KubeSecretSummary> {
  const summary = mapObjectMetadataSummary(raw);
  return summary.ok ? { ok: true, value: { ...summary.value, type: null } } : summary;
}
