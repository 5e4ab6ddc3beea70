import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/http/app-error";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { findEvidencePack } from "@/lib/server/store/evidence/evidence-pack-store";
import { packFilePath } from "./pack-files";

export interface PackDownload {
  stream: Readable;
  fileName: string;
  sizeBytes: number;
  manifestSha256: string;
}

/** Opens a ready pack for download (streamed from disk) and audit-logs it with the pack's hash. */
export async function openEvidencePackDownload({ id, actor }: { id: string; actor: Actor }): Promise<PackDownload> {
  const row = await findEvidencePack({ id });
  if (!row) throw new AppError("not_found", "No such evidence pack.");
  if (row.status !== "ready" || !row.storageKey || !row.manifestSha256) {
    throw new AppError("conflict", `The pack is ${row.status}; only a ready pack can be downloaded.`);
  }
  const file = packFilePath(row.storageKey);
  const size = await stat(file).then(
    (stats) => stats.size,
    () => null,
  );
  if (size === null) throw new AppError("not_found", "The pack's file is no longer in the data directory.");
  await recordAuditEvent({
    actor,
    action: "evidence.download",
    outcome: "success",
    target: { type: "evidence-pack", id },
    details: { manifestSha256: row.manifestSha256, sizeBytes: size },
  });
  const asOf = String((row.scope as { to?: unknown }).to ?? "").slice(0, 10);
  return {
    stream: createReadStream(file),
    fileName: `lotse-evidence-${asOf}-${row.manifestSha256.slice(0, 12)}.zip`,
    sizeBytes: size,
    manifestSha256: row.manifestSha256,
  };
}
