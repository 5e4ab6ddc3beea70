import { z } from "zod";
import type { KastenActionSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawKastenAction = z.object({
  metadata: rawMetadata,
  status: z
    .object({
      state: rawString,
      startTime: rawString,
      endTime: rawString,
      // K10 nests the cause as JSON text inside `cause`; the top-level message is what it shows first.
      error: z.object({ message: rawString }).nullish(),
    })
    .nullish(),
});

/** A K10 RunAction or BackupAction: its policy (labels), state, times and error message; never its subject's data. */
export function mapKastenAction(raw: unknown, kind: KastenActionSummary["kind"]): MapResult<KastenActionSummary> {
  return parseRawObject({
    schema: rawKastenAction,
    raw,
    build: ({ metadata, status }) => ({
      kind,
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      policyName: metadata.labels?.["k10.kasten.io/policyName"] ?? null,
      policyNamespace: metadata.labels?.["k10.kasten.io/policyNamespace"] ?? null,
      state: status?.state ?? null,
      startTime: status?.startTime ?? metadata.creationTimestamp ?? null,
      endTime: status?.endTime ?? null,
      error: status?.error?.message ? status.error.message.slice(0, 300) : null,
    }),
  });
}
