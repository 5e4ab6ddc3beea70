import { describe, expect, it } from "vitest";
import { packEntryOrder, renderManifest, renderSums } from "./pack-manifest";
import { packZipBytes } from "./testing/pack-zip-bytes";

describe("pack zip", () => {
  const files = { "b/x.csv": "1,2\r\n", "a.json": "{}", "manifest.json": "{}", "manifest.sig": "sig" };

  it("is byte-identical for the same entries and as-of, whatever the time or insertion order", async () => {
    const asOf = new Date("2026-03-01T10:20:30Z");
    const first = await packZipBytes(files, asOf);
    const reordered = await packZipBytes(
      { "manifest.sig": "sig", "a.json": "{}", "manifest.json": "{}", "b/x.csv": "1,2\r\n" },
      asOf,
    );
    expect(reordered.equals(first)).toBe(true);
    expect((await packZipBytes(files, new Date("2026-03-02T10:20:30Z"))).equals(first)).toBe(false);
  });

  it("orders content by path, then the manifest and its signature", () => {
    expect(packEntryOrder(["manifest.sig", "z.md", "manifest.json", "a/b.csv", "B.md"])).toEqual([
      "B.md",
      "a/b.csv",
      "z.md",
      "manifest.json",
      "manifest.sig",
    ]);
  });

  it("renders sha256sum's format and a manifest with one greppable line per file", () => {
    const list = [
      { path: "b.csv", sha256: "b".repeat(64), size: 2 },
      { path: "a.json", sha256: "a".repeat(64), size: 1 },
    ];
    expect(renderSums(list).toString()).toBe(`${"a".repeat(64)}  a.json\n${"b".repeat(64)}  b.csv\n`);
    const manifest = renderManifest({
      format: "lotse-evidence-pack/1",
      asOf: "2026-03-01T00:00:00.000Z",
      scope: {
        frameworks: ["gdpr"],
        clusterIds: null,
        environment: null,
        site: null,
        label: null,
        from: null,
        to: "2026-03-01T00:00:00.000Z",
      },
      generator: { name: "lotse", version: "0.1.0", catalogVersion: "1.0.0", oscalVersion: "1.1.2" },
      signature: { algorithm: "Ed25519", publicKeyFingerprint: "f", publicKeyFile: "k.pem" },
      files: list,
    }).toString();
    expect(JSON.parse(manifest).files).toHaveLength(2);
    expect(manifest).toContain(`    {"path": "a.json", "sha256": "${"a".repeat(64)}", "size": 1},\n`);
  });
});
