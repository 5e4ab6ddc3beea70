import { z } from "zod";
import type { KubeSecretSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { summarizeObjectMetadata } from "./map-object-metadata-summary";
import { parseRawObject, type MapResult } from "./parse-raw-object";

// Only the Type cell is read; the Data cell is a count of keys, never their values.
const rawSecretRow = z.object({
  cells: z.object({ Type: rawString }),
  object: z.object({ metadata: rawMetadata }),
});

/**
 * A Secret from a row of the server's Secret table (see readListPage): its PartialObjectMetadata and
 * the Type column. A row without cells (the server answered metadata-only) has type null.
 * `immutable` stays null: the API returns it only with the Secret's data.
 */
export function mapSecretRow(raw: unknown): MapResult<KubeSecretSummary> {
  return parseRawObject({
    schema: rawSecretRow,
    raw,
    build: ({ cells, object }) => ({ ...summarizeObjectMetadata(object.metadata, null), type: cells.Type || null }),
  });
}
