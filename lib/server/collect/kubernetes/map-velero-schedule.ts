import { z } from "zod";
import type { VeleroSchedule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawVeleroSchedule = z.object({
  metadata: rawMetadata,
  spec: z.object({
    schedule: rawString,
    paused: rawBoolean,
    template: z.object({ storageLocation: rawString }).nullish(),
  }),
  status: z.object({ phase: rawString, lastBackup: rawString }).nullish(),
});

/** A velero.io Schedule without its backups (see summarizeVeleroSchedules, which adds them). */
export function mapVeleroSchedule(
  raw: unknown,
): MapResult<Omit<VeleroSchedule, "latestBackup" | "latestSuccessfulBackup" | "backupCount">> {
  return parseRawObject({
    schema: rawVeleroSchedule,
    raw,
    build: ({ metadata, spec, status }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      schedule: spec.schedule ?? null,
      paused: spec.paused ?? false,
      storageLocation: spec.template?.storageLocation ?? null,
      phase: status?.phase ?? null,
      lastBackupTime: status?.lastBackup ?? null,
    }),
  });
}
