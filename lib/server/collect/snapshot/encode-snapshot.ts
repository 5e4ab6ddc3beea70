import { createHash } from "node:crypto";
import { gunzipSync, gzipSync, zstdCompressSync, zstdDecompressSync } from "node:zlib";
import type { ClusterSnapshot } from "./cluster-snapshot";

/** What is stored and hashed: the snapshot without the fields that change on every run. */
export type StoredSnapshot = Omit<ClusterSnapshot, "collectedAt" | "collector"> & {
  collector: Omit<ClusterSnapshot["collector"], "durationsMs">;
};

export type SnapshotCodec = "zstd" | "gzip";

export interface EncodedSnapshot {
  /** SHA-256 (hex) of the canonical JSON: the snapshot's address. */
  hash: string;
  codec: SnapshotCodec;
  rawBytes: number;
  content: Buffer;
}

/**
 * JSON with object keys sorted at every level and `undefined` members dropped, so that equal
 * content always gives equal bytes (and an equal hash), whatever order collectors filled it in.
 * Array order is kept: collectors sort their lists where order carries no meaning.
 */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== "object" || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(member).sort()) sorted[key] = (member as Record<string, unknown>)[key];
    return sorted;
  });
}

/** Splits off the per-run fields (they go on the run row) and keeps the content that is hashed. */
export function toStoredSnapshot(snapshot: ClusterSnapshot): StoredSnapshot {
  const { collectedAt: _collectedAt, collector, ...content } = snapshot;
  const { durationsMs: _durationsMs, ...identity } = collector;
  return { ...content, collector: identity };
}

export function encodeSnapshot(snapshot: StoredSnapshot, codec: SnapshotCodec = "zstd"): EncodedSnapshot {
  const canonical = Buffer.from(toCanonicalJson(snapshot), "utf8");
  const hash = createHash("sha256").update(canonical).digest("hex");
  const content = codec === "zstd" ? zstdCompressSync(canonical) : gzipSync(canonical);
  return { hash, codec, rawBytes: canonical.byteLength, content };
}

/** Decodes a stored snapshot and checks that its bytes still hash to its address. */
export function decodeSnapshot({
  hash,
  codec,
  content,
}: {
  hash: string;
  codec: string;
  content: Uint8Array;
}): StoredSnapshot {
  const bytes = Buffer.from(content);
  let canonical: Buffer;
  if (codec === "zstd") canonical = zstdDecompressSync(bytes);
  else if (codec === "gzip") canonical = gunzipSync(bytes);
  else throw new Error(`snapshot ${hash} uses an unknown codec "${codec}"`);
  const actual = createHash("sha256").update(canonical).digest("hex");
  if (actual !== hash) throw new Error(`snapshot ${hash} is corrupt: its content hashes to ${actual}`);
  return JSON.parse(canonical.toString("utf8")) as StoredSnapshot;
}
