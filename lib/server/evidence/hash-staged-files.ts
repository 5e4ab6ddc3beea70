import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ManifestFile } from "./pack-manifest";
import { comparePaths } from "./pack-manifest";

/** Every file under `root` with its SHA-256 and size (streamed), by path. */
export async function hashStagedFiles(root: string): Promise<ManifestFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: ManifestFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join("/");
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of createReadStream(absolute)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    files.push({ path: relative, sha256: hash.digest("hex"), size });
  }
  return files.sort((a, b) => comparePaths(a.path, b.path));
}
