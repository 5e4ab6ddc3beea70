import { createReadStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";

export interface PackEntry {
  /** Path inside the zip (forward slashes). */
  path: string;
  size: number;
  open: () => Readable;
}

/** Every entry's Unix mode: a regular file, rw-r--r--. */
export const PACK_ENTRY_MODE = 0o100644;

/**
 * The zip's one fixed timestamp: the pack's "as of" instant, written as its UTC wall-clock fields
 * (DOS timestamps have no zone; building the Date from UTC fields keeps the bytes independent of
 * the machine's time zone). No extended timestamp field, fixed mode, deflate at a fixed level.
 */
export function zipTimestamp(asOf: Date): Date {
  return new Date(
    Math.max(asOf.getUTCFullYear(), 1980),
    asOf.getUTCMonth(),
    asOf.getUTCDate(),
    asOf.getUTCHours(),
    asOf.getUTCMinutes(),
    asOf.getUTCSeconds(),
  );
}

/**
 * The DOS date and time fields every entry carries: the as-of instant's UTC wall clock (what yazl
 * writes for zipTimestamp(asOf)), to 2 seconds. `evidence verify` expects exactly these.
 */
export function dosTimestampOf(asOf: Date): { dosDate: number; dosTime: number } {
  const year = Math.max(asOf.getUTCFullYear(), 1980);
  return {
    dosDate: ((year - 1980) << 9) | ((asOf.getUTCMonth() + 1) << 5) | asOf.getUTCDate(),
    dosTime: (asOf.getUTCHours() << 11) | (asOf.getUTCMinutes() << 5) | Math.floor(asOf.getUTCSeconds() / 2),
  };
}

/**
 * Streams the entries into `output` in the given order. Given the same entries and `asOf`, the
 * bytes are identical with the same zlib; every header field is fixed by the entries and `asOf`,
 * which lets `evidence verify` check the container field by field (readPackZip).
 */
export async function writePackZip({
  entries,
  asOf,
  output,
}: {
  entries: readonly PackEntry[];
  asOf: Date;
  output: Writable;
}): Promise<void> {
  const zip = new ZipFile();
  const mtime = zipTimestamp(asOf);
  for (const entry of entries) {
    zip.addReadStreamLazy(
      entry.path,
      { mtime, mode: PACK_ENTRY_MODE, compress: true, compressionLevel: 9, forceDosTimestamp: true, size: entry.size },
      (callback) => callback(null, entry.open()),
    );
  }
  zip.end();
  await pipeline(zip.outputStream, output);
}

/** An entry backed by a file on disk. */
export function fileEntry({ path, file, size }: { path: string; file: string; size: number }): PackEntry {
  return { path, size, open: () => createReadStream(file) };
}
