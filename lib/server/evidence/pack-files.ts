import path from "node:path";
import { readEnv } from "@/lib/server/config/read-env";

/** Where a pack's zip lives, relative to the data directory. */
export function packStorageKey(id: string): string {
  return `evidence/${id}.zip`;
}

export function packFilePath(storageKey: string): string {
  return path.resolve(readEnv().LOTSE_DATA_DIR, storageKey);
}

/** The directory a build stages the pack's files in, beside the zip. */
export function packStagingDir(zipFile: string): string {
  return `${zipFile}.staging`;
}

/** The zip while it is written; renamed to `zipFile` when complete. */
export function packPartialFile(zipFile: string): string {
  return `${zipFile}.partial`;
}
