import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  MANIFEST_PATH,
  PACK_FORMAT,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  SUMS_PATH,
  SUMS_SIGNATURE_PATH,
  renderManifest,
  renderSums,
} from "./pack-manifest";
import { fingerprintOf } from "./signing-key";
import { packZipBytes, variantZipBytes } from "./testing/pack-zip-bytes";
import { verifyEvidencePack } from "./verify-evidence-pack";
import { zipTimestamp } from "./write-pack-zip";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
const asOf = new Date("2026-03-01T10:20:30.000Z");
const work = mkdtempSync(path.join(tmpdir(), "lotse-verify-"));

const listed = (files: Record<string, Buffer>) =>
  Object.entries(files).map(([file, bytes]) => ({
    path: file,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    size: bytes.length,
  }));

/** A small pack assembled as buildEvidencePack does; `signSums` stands in for the signature of SHA256SUMS. */
function packFiles({ signSums = (sums: Buffer) => sign(null, sums, privateKey) } = {}): Record<string, Buffer> {
  const content = {
    "VERIFY.md": Buffer.from("# Verifying this evidence pack\n"),
    "gdpr/controls.csv": Buffer.from(
      "control_id,cluster,status\r\n" +
        Array.from({ length: 40 }, (_, row) => `Art. ${row % 7},edge-${row % 5},held\r\n`).join(""),
    ),
    [PUBLIC_KEY_PATH]: Buffer.from(publicKeyPem),
  };
  const sums = renderSums(listed(content));
  const withSums = { ...content, [SUMS_PATH]: sums, [SUMS_SIGNATURE_PATH]: signSums(sums) };
  const manifest = renderManifest({
    format: PACK_FORMAT,
    asOf: asOf.toISOString(),
    scope: {
      frameworks: ["gdpr"],
      clusterIds: null,
      environment: null,
      site: null,
      label: null,
      from: null,
      to: asOf.toISOString(),
    },
    generator: { name: "lotse", version: "0.1.0", catalogVersion: "1.0.0", oscalVersion: "1.1.2" },
    signature: { algorithm: "Ed25519", publicKeyFingerprint: fingerprintOf(publicKey), publicKeyFile: PUBLIC_KEY_PATH },
    files: listed(withSums),
  });
  return { ...withSums, [MANIFEST_PATH]: manifest, [SIGNATURE_PATH]: sign(null, manifest, privateKey) };
}

async function verify(zip: Buffer) {
  const zipPath = path.join(work, `${createHash("sha256").update(zip).digest("hex")}.zip`);
  writeFileSync(zipPath, zip);
  const result = await verifyEvidencePack({ zipPath, publicKeyPem });
  return { ...result, failed: result.checks.filter((check) => !check.isOk) };
}

describe("verifyEvidencePack", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("accepts a genuine pack, also when another deflate (another Node's zlib) compressed it", async () => {
    const ours = await packZipBytes(packFiles(), asOf);
    const otherDeflate = await variantZipBytes(packFiles(), asOf, { compressionLevel: 1 });
    expect(otherDeflate.equals(ours)).toBe(false);
    for (const zip of [ours, otherDeflate]) {
      const result = await verify(zip);
      expect(result.failed).toEqual([]);
      expect(result.checks.map((check) => check.name)).toEqual(["signature", "files", "sums", "container"]);
      expect(result.isValid).toBe(true);
    }
  });

  it("refuses entries dated other than the pack's as-of instant, or with another mode", async () => {
    const later = await variantZipBytes(packFiles(), asOf, {
      mtime: zipTimestamp(new Date(asOf.getTime() + 3_600_000)),
    });
    expect((await verify(later)).failed).toEqual([
      { name: "container", isOk: false, detail: `SHA256SUMS is not dated ${asOf.toISOString()} (the pack's "as of")` },
    ]);
    const writable = await variantZipBytes(packFiles(), asOf, { mode: 0o100666 });
    expect((await verify(writable)).failed).toEqual([
      { name: "container", isOk: false, detail: "SHA256SUMS has mode 100666, expected 100644" },
    ]);
  });

  it("refuses a SHA256SUMS.sig that is not the key's signature of SHA256SUMS", async () => {
    const zip = await packZipBytes(packFiles({ signSums: () => sign(null, Buffer.from("other"), privateKey) }), asOf);
    const result = await verify(zip);
    expect(result.isValid).toBe(false);
    expect(result.failed).toEqual([
      {
        name: "sums",
        isOk: false,
        detail: "SHA256SUMS.sig is not the given public key's signature of SHA256SUMS",
      },
    ]);
  });
});
