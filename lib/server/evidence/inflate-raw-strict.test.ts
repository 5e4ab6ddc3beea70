import { createHash } from "node:crypto";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflateRawStrict } from "./inflate-raw-strict";

/** Deterministic bytes that do not compress (zlib stores them in stored blocks). */
function noise(size: number): Buffer {
  const chunks: Buffer[] = [];
  for (let index = 0; chunks.length * 32 < size; index++)
    chunks.push(createHash("sha256").update(String(index)).digest());
  return Buffer.concat(chunks).subarray(0, size);
}

const text = Buffer.from(
  Array.from(
    { length: 2_000 },
    (_, row) => `cluster-${row % 37},check.${row % 11},${row % 3 ? "PASS" : "FAIL"}\n`,
  ).join(""),
);
const inputs = {
  empty: Buffer.alloc(0),
  "one byte": Buffer.from("a"),
  text,
  noise: noise(70_000),
  "text and noise": Buffer.concat([text, noise(5_000), text]),
};

/** Whether a changed stream is refused, or decodes to bytes other than `original`. */
function isNoticed(stream: Buffer, original: Buffer): boolean {
  try {
    return !inflateRawStrict(stream, original.length).equals(original);
  } catch {
    return true;
  }
}

describe("inflateRawStrict", () => {
  it("decodes what zlib encodes, at every level and strategy", () => {
    const strategies = [
      constants.Z_DEFAULT_STRATEGY,
      constants.Z_FILTERED,
      constants.Z_HUFFMAN_ONLY,
      constants.Z_RLE,
      constants.Z_FIXED,
    ];
    for (const [name, input] of Object.entries(inputs)) {
      for (const level of [0, 1, 6, 9]) {
        for (const strategy of strategies) {
          const stream = deflateRawSync(input, { level, strategy });
          expect(
            inflateRawStrict(stream, input.length).equals(input),
            `${name}, level ${level}, strategy ${strategy}`,
          ).toBe(true);
        }
      }
    }
  });

  it("refuses a set padding bit that zlib ignores", () => {
    // Level 0: one stored block; its 3-bit header is padded with 5 zero bits to the byte boundary.
    const stream = deflateRawSync(Buffer.from("abc"), { level: 0 });
    const tampered = Buffer.from(stream);
    tampered[0] = tampered[0]! | 0x80;
    expect(inflateRawSync(tampered).toString()).toBe("abc");
    expect(() => inflateRawStrict(tampered, 3)).toThrow("non-zero padding bits after a stored block's header");
  });

  it("refuses bytes after the stream, a truncated stream and a size other than the header's", () => {
    const stream = deflateRawSync(text, { level: 9 });
    expect(inflateRawSync(Buffer.concat([stream, Buffer.from([0])])).equals(text)).toBe(true);
    expect(() => inflateRawStrict(Buffer.concat([stream, Buffer.from([0])]), text.length)).toThrow(
      "1 bytes follow the end of the deflate stream",
    );
    expect(() => inflateRawStrict(stream.subarray(0, stream.length - 1), text.length)).toThrow("truncated");
    expect(() => inflateRawStrict(stream, text.length - 1)).toThrow(`holds more than ${text.length - 1} bytes`);
    expect(() => inflateRawStrict(stream, text.length + 1)).toThrow(`holds ${text.length} bytes, the header says`);
  });

  // Padding bits included, which zlib ignores. (A flip can also turn a back-reference into another
  // one over identical bytes; no decoder can notice that, and these streams happen to have none.)
  it("notices every flipped bit of these streams with compressed and stored blocks", () => {
    const original = Buffer.concat([text.subarray(0, 1_500), noise(300), text.subarray(0, 300)]);
    for (const level of [0, 9]) {
      const stream = deflateRawSync(original, { level });
      const missed: string[] = [];
      for (let offset = 0; offset < stream.length; offset++) {
        for (let bit = 0; bit < 8; bit++) {
          const tampered = Buffer.from(stream);
          tampered[offset] = tampered[offset]! ^ (1 << bit);
          if (!isNoticed(tampered, original)) missed.push(`${offset}.${bit}`);
        }
      }
      expect(missed, `level ${level}`).toEqual([]);
    }
  });
});
