import { createHash } from "node:crypto";
import { gunzipSync, zstdDecompressSync } from "node:zlib";
import { findSnapshotContent } from "@/lib/server/store/evidence/find-snapshot-content";
import { StagedFile } from "./staged-file";
import { comparePaths } from "./pack-manifest";

/**
 * Writes `snapshots/<sha256>.json` for every cited snapshot: its canonical JSON exactly as stored
 * (already redacted by the collector), so `sha256sum` of the file equals its name. One snapshot in
 * memory at a time.
 */
export async function stageSnapshots({ root, hashes }: { root: string; hashes: Iterable<string> }): Promise<void> {
  for (const hash of [...hashes].sort(comparePaths)) {
    const row = await findSnapshotContent({ hash });
    if (!row) throw new Error(`Snapshot ${hash} is cited by a finding but is not stored.`);
    const compressed = Buffer.from(row.content);
    const canonical =
      row.codec === "zstd" ? zstdDecompressSync(compressed) : row.codec === "gzip" ? gunzipSync(compressed) : null;
    if (!canonical) throw new Error(`Snapshot ${hash} uses an unknown codec "${row.codec}".`);
    if (createHash("sha256").update(canonical).digest("hex") !== hash) {
      throw new Error(`Snapshot ${hash} is corrupt in the database: its content does not hash to its name.`);
    }
    const file = await StagedFile.create(root, `snapshots/${hash}.json`);
    await file.write(canonical);
    await file.close();
  }
}
