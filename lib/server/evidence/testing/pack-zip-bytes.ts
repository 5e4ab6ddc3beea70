import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { packEntryOrder } from "../pack-manifest";
import { PACK_ENTRY_MODE, writePackZip, zipTimestamp } from "../write-pack-zip";

type Files = Record<string, string | Buffer>;

function collect(): { output: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { output, bytes: () => Buffer.concat(chunks) };
}

/** The zip writePackZip makes of `files` (path → content), in pack order, held in memory. */
export async function packZipBytes(files: Files, asOf: Date): Promise<Buffer> {
  const { output, bytes } = collect();
  await writePackZip({
    entries: packEntryOrder(Object.keys(files)).map((path) => {
      const content = Buffer.from(files[path] ?? "");
      return { path, size: content.length, open: () => Readable.from([content]) };
    }),
    asOf,
    output,
  });
  return bytes();
}

/**
 * The same zip with one of writePackZip's settings changed: another deflate level (as another zlib
 * would compress), another timestamp or another mode.
 */
export async function variantZipBytes(
  files: Files,
  asOf: Date,
  change: { compressionLevel?: number; mtime?: Date; mode?: number },
): Promise<Buffer> {
  const zip = new ZipFile();
  for (const path of packEntryOrder(Object.keys(files))) {
    const content = Buffer.from(files[path] ?? "");
    zip.addReadStreamLazy(
      path,
      {
        mtime: change.mtime ?? zipTimestamp(asOf),
        mode: change.mode ?? PACK_ENTRY_MODE,
        compressionLevel: change.compressionLevel ?? 9,
        forceDosTimestamp: true,
        size: content.length,
      },
      (callback) => callback(null, Readable.from([content])),
    );
  }
  zip.end();
  const { output, bytes } = collect();
  await pipeline(zip.outputStream, output);
  return bytes();
}
