import { rm } from "node:fs/promises";
import { logger } from "@/lib/server/log/logger";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { failBuildingEvidencePacks } from "@/lib/server/store/evidence/evidence-pack-store";
import { packFilePath, packPartialFile, packStagingDir, packStorageKey } from "./pack-files";

/**
 * How long a pack may stay `building` before it counts as interrupted. Builds run inside the
 * request and take seconds (README: 30 clusters × 90 days in about 2 s), so an hour is far beyond
 * any live build, yet short enough that a stuck row does not linger for long.
 */
export const INTERRUPTED_AFTER_MS = 60 * 60_000;

const SWEEPER = { type: "system" as const, label: "system:evidence" };

/**
 * A process stopped mid-build (restart, crash, deploy) leaves its pack `building` forever, with its
 * staging directory and perhaps a partial or finished zip on disk. Marks such packs `failed`
 * ("interrupted"), removes those files and audit-logs each. Runs before every generation (the one
 * place that creates packs, on every replica); returns the ids it failed.
 */
export async function failInterruptedEvidencePacks({ now = new Date() }: { now?: Date } = {}): Promise<string[]> {
  const rows = await failBuildingEvidencePacks({
    createdBefore: new Date(now.getTime() - INTERRUPTED_AFTER_MS),
    error: "interrupted",
  });
  for (const row of rows) {
    const zipFile = packFilePath(packStorageKey(row.id));
    await rm(packStagingDir(zipFile), { recursive: true, force: true });
    await rm(packPartialFile(zipFile), { force: true });
    await rm(zipFile, { force: true });
    logger.warn({ packId: row.id, createdAt: row.createdAt }, "evidence pack build was interrupted; marked failed");
    await recordAuditEvent({
      actor: SWEEPER,
      action: "evidence.generate",
      outcome: "failure",
      target: { type: "evidence-pack", id: row.id },
      details: { reason: "interrupted", createdBy: row.createdBy },
    });
  }
  return rows.map((row) => row.id);
}
