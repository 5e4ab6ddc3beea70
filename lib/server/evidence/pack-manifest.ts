import type { EvidenceScope } from "@/lib/shared/evidence-pack-view";

export const PACK_FORMAT = "lotse-evidence-pack/1";
export const MANIFEST_PATH = "manifest.json";
export const SIGNATURE_PATH = "manifest.sig";
export const SUMS_PATH = "SHA256SUMS";
/** Ed25519 signature of SHA256SUMS, so `openssl` + `sha256sum -c` alone check every file (VERIFY.md). */
export const SUMS_SIGNATURE_PATH = "SHA256SUMS.sig";
export const PUBLIC_KEY_PATH = "lotse-evidence-public-key.pem";

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  /** The instant the pack describes; also its "generated at" (see README: reproducibility). */
  asOf: string;
  scope: EvidenceScope;
  generator: { name: "lotse"; version: string; catalogVersion: string; oscalVersion: string };
  signature: { algorithm: "Ed25519"; publicKeyFingerprint: string; publicKeyFile: string };
  /** Every file of the pack except manifest.json and manifest.sig, sorted by path. */
  files: ManifestFile[];
}

/** Byte order of paths, independent of locale. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/**
 * manifest.json's exact bytes: 2-space JSON with one line per file, so a reader can find a file's
 * entry at a glance. Deterministic for the same manifest.
 */
export function renderManifest(manifest: PackManifest): Buffer {
  const { files, ...head } = manifest;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  const lines = [...files]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((file) => `    {"path": ${JSON.stringify(file.path)}, "sha256": "${file.sha256}", "size": ${file.size}}`);
  return Buffer.from(`${headText},\n  "files": [\n${lines.join(",\n")}\n  ]\n}\n`, "utf8");
}

/** SHA256SUMS in the format `sha256sum -c` reads: `<hex>  <path>`, sorted by path. */
export function renderSums(files: readonly ManifestFile[]): Buffer {
  return Buffer.from(
    [...files]
      .sort((a, b) => comparePaths(a.path, b.path))
      .map((file) => `${file.sha256}  ${file.path}\n`)
      .join(""),
    "utf8",
  );
}

/** The order of entries in the zip: content by path, then the manifest and its signature. */
export function packEntryOrder(paths: readonly string[]): string[] {
  const content = paths.filter((path) => path !== MANIFEST_PATH && path !== SIGNATURE_PATH).sort(comparePaths);
  return [...content, MANIFEST_PATH, SIGNATURE_PATH];
}
