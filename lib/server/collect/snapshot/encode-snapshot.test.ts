import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot, toCanonicalJson, type StoredSnapshot } from "./encode-snapshot";

const snapshot = (overrides: Record<string, unknown> = {}) =>
  ({ schemaVersion: 1, cluster: { id: "c1", name: "one" }, errors: [], ...overrides }) as unknown as StoredSnapshot;

describe("snapshot encoding", () => {
  it("writes keys in one order whatever order they were set in, and drops undefined members", () => {
    expect(toCanonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives equal content an equal hash and different content a different one", () => {
    const first = encodeSnapshot(snapshot({ extra: { x: 1, y: 2 } }));
    const reordered = encodeSnapshot(snapshot({ extra: { y: 2, x: 1 } }));
    const changed = encodeSnapshot(snapshot({ extra: { x: 1, y: 3 } }));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(reordered.hash).toBe(first.hash);
    expect(changed.hash).not.toBe(first.hash);
  });

  it.each(["zstd", "gzip"] as const)(
    "round-trips through %s and refuses content that no longer matches its hash",
    (codec) => {
      const encoded = encodeSnapshot(
        snapshot({ pods: Array.from({ length: 200 }, (_, i) => ({ name: `pod-${i}` })) }),
        codec,
      );
      expect(encoded.content.byteLength).toBeLessThan(encoded.rawBytes);
      expect(decodeSnapshot({ ...encoded })).toEqual(
        JSON.parse(toCanonicalJson(snapshot({ pods: Array.from({ length: 200 }, (_, i) => ({ name: `pod-${i}` })) }))),
      );
      const other = encodeSnapshot(snapshot({ pods: [] }), codec);
      expect(() => decodeSnapshot({ hash: encoded.hash, codec, content: other.content })).toThrow(/corrupt/);
      expect(() => decodeSnapshot({ hash: encoded.hash, codec: "lz4", content: encoded.content })).toThrow(
        /unknown codec/,
      );
    },
  );
});
