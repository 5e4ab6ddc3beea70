import { z } from "zod";
import type { VeleroBackupSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawNumber, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawVeleroBackup = z.object({
  metadata: rawMetadata,
  spec: z.object({ storageLocation: rawString }).nullish(),
  status: z
    .object({
      phase: rawString,
      startTimestamp: rawString,
      completionTimestamp: rawString,
      errors: rawNumber,
      failureReason: rawString,
    })
    .nullish(),
});

/** A velero.io Backup: its schedule (label), phase, times and failure reason; never its contents. */
export function mapVeleroBackup(raw: unknown): MapResult<VeleroBackupSummary> {
  return parseRawObject({
    schema: rawVeleroBackup,
    raw,
    build: ({ metadata, spec, status }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      scheduleName: metadata.labels?.["velero.io/schedule-name"] ?? null,
      phase: status?.phase ?? null,
      startTimestamp: status?.startTimestamp ?? null,
      completionTimestamp: status?.completionTimestamp ?? null,
      storageLocation: spec?.storageLocation ?? null,
      errors: status?.errors ?? null,
      // Velero's reason is one line of its own; cut so a runaway message cannot bloat the snapshot.
      failureReason: status?.failureReason ? status.failureReason.slice(0, 300) : null,
    }),
  });
}
