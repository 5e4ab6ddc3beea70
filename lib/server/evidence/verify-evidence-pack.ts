import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fingerprintOf } from "./signing-key";
import {
  MANIFEST_PATH,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  SUMS_PATH,
  SUMS_SIGNATURE_PATH,
  packEntryOrder,
  renderSums,
  type PackManifest,
} from "./pack-manifest";
import { readPackZip, type PackZipEntry } from "./read-pack-zip";
import { dosTimestampOf, PACK_ENTRY_MODE } from "./write-pack-zip";

export interface VerifyCheck {
  name: string;
  isOk: boolean;
  detail: string;
}

export interface VerifyResult {
  isValid: boolean;
  checks: VerifyCheck[];
}

const MAX_PACK_BYTES = 2 * 1024 ** 3;

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the zip's layout cannot show on its own: the entries are the manifest's files plus the
 * manifest and its signature, in pack order, each dated the pack's "as of" instant, mode 0644.
 * Null when the container is canonical, otherwise the first difference.
 */
function containerDifference(entries: readonly PackZipEntry[], manifest: PackManifest): string | null {
  const expectedOrder = packEntryOrder([...manifest.files.map((file) => file.path), MANIFEST_PATH, SIGNATURE_PATH]);
  for (let index = 0; index < Math.max(entries.length, expectedOrder.length); index++) {
    const [path, expected] = [entries[index]?.path, expectedOrder[index]];
    if (path !== expected)
      return `entry ${index + 1} is ${path ?? "missing"}, expected ${expected ?? "no more entries"}`;
  }
  const { dosDate, dosTime } = dosTimestampOf(new Date(manifest.asOf));
  const misdated = entries.find((entry) => entry.dosDate !== dosDate || entry.dosTime !== dosTime);
  if (misdated) return `${misdated.path} is not dated ${manifest.asOf} (the pack's "as of")`;
  const otherMode = entries.find((entry) => entry.mode !== PACK_ENTRY_MODE);
  if (otherMode)
    return `${otherMode.path} has mode ${otherMode.mode.toString(8)}, expected ${PACK_ENTRY_MODE.toString(8)}`;
  return null;
}

/**
 * Checks a pack offline: the Ed25519 signatures over manifest.json and SHA256SUMS (with
 * `publicKeyPem`, or the copy inside the pack, which the result says), every listed file's size
 * and SHA-256, no unlisted file, SHA256SUMS against the manifest, and the zip container itself,
 * field by field (readPackZip): a changed header byte or a byte outside the entries is caught, not
 * only changed content, and a pack compressed by another zlib still verifies.
 */
export async function verifyEvidencePack({
  zipPath,
  publicKeyPem,
}: {
  zipPath: string;
  publicKeyPem?: string;
}): Promise<VerifyResult> {
  const checks: VerifyCheck[] = [];
  const fail = (name: string, detail: string) => checks.push({ name, isOk: false, detail });
  const pass = (name: string, detail: string) => checks.push({ name, isOk: true, detail });
  const done = (): VerifyResult => ({ isValid: checks.length > 0 && checks.every((check) => check.isOk), checks });

  const zipBytes = await readFile(zipPath);
  if (zipBytes.length > MAX_PACK_BYTES) {
    fail("zip", "larger than 2 GiB; not an evidence pack");
    return done();
  }
  let zipEntries: PackZipEntry[];
  try {
    zipEntries = readPackZip(zipBytes);
  } catch (error) {
    fail("container", `not an evidence pack's zip layout: ${message(error)}`);
    return done();
  }
  const entries = new Map<string, Buffer>();
  for (const entry of zipEntries) {
    if (entries.has(entry.path)) {
      fail("container", `the zip lists ${entry.path} twice`);
      return done();
    }
    entries.set(entry.path, entry.content);
  }
  const manifestBytes = entries.get(MANIFEST_PATH);
  const signature = entries.get(SIGNATURE_PATH);
  if (!manifestBytes || !signature) {
    fail("manifest", `${MANIFEST_PATH} or ${SIGNATURE_PATH} is missing`);
    return done();
  }
  let manifest: PackManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString("utf8")) as PackManifest;
    if (!Array.isArray(manifest.files) || typeof manifest.asOf !== "string") throw new Error("unexpected shape");
  } catch (error) {
    fail("manifest", `is not a Lotse manifest: ${message(error)}`);
    return done();
  }

  const keyPem = publicKeyPem ?? entries.get(PUBLIC_KEY_PATH)?.toString("utf8");
  const keySource = publicKeyPem ? "the given public key" : `the copy inside the pack (${PUBLIC_KEY_PATH})`;
  let key: KeyObject | null = null;
  try {
    if (!keyPem) throw new Error("no public key given and none in the pack");
    key = createPublicKey(keyPem);
    const fingerprint = fingerprintOf(key);
    if (verify(null, manifestBytes, key, signature))
      pass("signature", `valid, by ${keySource}, fingerprint ${fingerprint}`);
    else fail("signature", `does NOT match ${MANIFEST_PATH} under ${keySource} (fingerprint ${fingerprint})`);
    if (manifest.signature?.publicKeyFingerprint !== fingerprint) {
      fail("key", `the manifest names key ${manifest.signature?.publicKeyFingerprint}, the key used is ${fingerprint}`);
    }
  } catch (error) {
    fail("signature", `cannot be checked: ${message(error)}`);
  }

  const listed = new Set<string>();
  let badFiles = 0;
  for (const file of manifest.files) {
    listed.add(file.path);
    const bytes = entries.get(file.path);
    if (!bytes) fail(`file ${file.path}`, "listed in the manifest but missing");
    else if (bytes.length !== file.size || sha256(bytes) !== file.sha256)
      fail(`file ${file.path}`, "hash or size differs");
    else continue;
    badFiles++;
  }
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path)) {
      fail(`file ${path}`, "not listed in the manifest");
      badFiles++;
    }
  }
  if (badFiles === 0) pass("files", `${manifest.files.length} files match their SHA-256 and size`);

  const sums = entries.get(SUMS_PATH);
  const sumsSignature = entries.get(SUMS_SIGNATURE_PATH);
  const summed = manifest.files.filter((file) => file.path !== SUMS_PATH && file.path !== SUMS_SIGNATURE_PATH);
  if (!sums || !sums.equals(renderSums(summed))) fail("sums", `${SUMS_PATH} does not repeat the manifest's hashes`);
  else if (!sumsSignature || !key || !verify(null, sums, key, sumsSignature))
    fail("sums", `${SUMS_SIGNATURE_PATH} is not ${keySource}'s signature of ${SUMS_PATH}`);
  else pass("sums", `${SUMS_PATH} repeats the manifest's hashes and is signed by the same key`);

  const difference = containerDifference(zipEntries, manifest);
  if (difference) fail("container", difference);
  else {
    pass(
      "container",
      `${zipEntries.length} entries in pack order, dated as of ${manifest.asOf}; every header agrees with the content, no byte outside the entries`,
    );
  }
  return done();
}
