import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { packEntryOrder } from "./pack-manifest";
import { readPackZip, type PackZipEntry } from "./read-pack-zip";
import { packZipBytes, variantZipBytes } from "./testing/pack-zip-bytes";
import { dosTimestampOf, PACK_ENTRY_MODE } from "./write-pack-zip";

const asOf = new Date("2026-03-01T10:20:31.500Z");
const hashes = (count: number) =>
  Buffer.concat(Array.from({ length: count }, (_, index) => createHash("sha256").update(String(index)).digest()));
const files: Record<string, string | Buffer> = {
  "VERIFY.md": "# Verifying\n\nrun openssl\n",
  "iso-27001/controls.csv": "id,title,status\r\n" + "A.8.9,Configuration management,held\r\n".repeat(20),
  // Hashes do not compress: zlib stores them in a stored block, with its padding bits.
  "snapshots/a.json": hashes(12),
  "manifest.json": '{"files": []}\n',
  "manifest.sig": hashes(2),
};
const asRead = (entries: readonly PackZipEntry[]) =>
  entries.map((entry) => ({ ...entry, content: entry.content.toString("hex") }));

describe("readPackZip", () => {
  it("reads back what writePackZip writes: names in order, content, the as-of timestamp and the mode", async () => {
    const entries = readPackZip(await packZipBytes(files, asOf));
    expect(entries.map((entry) => entry.path)).toEqual(packEntryOrder(Object.keys(files)));
    for (const entry of entries) {
      expect(entry.content.equals(Buffer.from(files[entry.path]!)), entry.path).toBe(true);
      expect(entry).toMatchObject({ ...dosTimestampOf(asOf), mode: PACK_ENTRY_MODE });
    }
  });

  it("accepts the same pack compressed by another deflate (another zlib), which a byte comparison would not", async () => {
    const otherDeflate = await variantZipBytes(files, asOf, { compressionLevel: 1 });
    const ours = await packZipBytes(files, asOf);
    expect(otherDeflate.equals(ours)).toBe(false);
    expect(asRead(readPackZip(otherDeflate))).toEqual(asRead(readPackZip(ours)));
  });

  it("notices every flipped bit: the zip no longer reads, or reads as other names, dates, modes or content", async () => {
    const zip = await packZipBytes(files, asOf);
    const original = JSON.stringify(asRead(readPackZip(zip)));
    const missed: string[] = [];
    for (let offset = 0; offset < zip.length; offset++) {
      for (let bit = 0; bit < 8; bit++) {
        const tampered = Buffer.from(zip);
        tampered[offset] = tampered[offset]! ^ (1 << bit);
        let isNoticed = true;
        try {
          isNoticed = JSON.stringify(asRead(readPackZip(tampered))) !== original;
        } catch {
          // Refused: noticed.
        }
        if (!isNoticed) missed.push(`${offset}.${bit}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("refuses bytes before the entries, after the end record, or between the entries and the central directory", async () => {
    const zip = await packZipBytes(files, asOf);
    expect(() => readPackZip(Buffer.concat([Buffer.from([0]), zip]))).toThrow("central directory: end is");
    expect(() => readPackZip(Buffer.concat([zip, Buffer.from([0])]))).toThrow(
      "end of central directory: signature (or bytes follow it)",
    );
    // Four bytes before the central directory, with the end record pointing past them.
    const directoryStart = zip.readUInt32LE(zip.length - 6);
    const gap = Buffer.concat([zip.subarray(0, directoryStart), Buffer.alloc(4), zip.subarray(directoryStart)]);
    gap.writeUInt32LE(directoryStart + 4, gap.length - 6);
    expect(() => readPackZip(gap)).toThrow("bytes between the entries and it");
  });
});
