import { z } from "zod";
import type { KubeConfigMapSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata } from "./kube-raw-schemas";
import { summarizeObjectMetadata } from "./map-object-metadata-summary";
import { parseRawObject, type MapResult } from "./parse-raw-object";

// Note: `data` and `binaryData` are not in the schema, so parsing strips them: nothing of a
// ConfigMap's content reaches the summary (nor its annotation values, see summarizeObjectMetadata).
const rawConfigMap = z.object({ metadata: rawMetadata, immutable: rawBoolean });

/** A whole ConfigMap reduced to its metadata summary and `immutable` (unset means mutable). */
export function mapConfigMap(raw: unknown): MapResult<KubeConfigMapSummary> {
  return parseRawObject({
    schema: rawConfigMap,
    raw,
    build: ({ metadata, immutable }) => summarizeObjectMetadata(metadata, immutable ?? false),
  });
}
