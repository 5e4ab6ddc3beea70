import { createHash, createPublicKey, verify } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Readable, Writable } from "node:stream";
import yauzl from "yauzl";
import { fingerprintOf } from "./signing-key";
import {
  MANIFEST_PATH,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  SUMS_PATH,
  packEntryOrder,
  renderSums,
  type PackManifest,
} from "./pack-manifest";
import { writePackZip } from "./write-pack-zip";

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

function readZipEntries(zipBytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zipBytes, { lazyEntries: true, strictFileNames: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error("not a zip file"));
      const entries = new Map<string, Buffer>();
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entries.has(entry.fileName)) return reject(new Error(`the zip lists ${entry.fileName} twice`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

async function rebuildZip(entries: Map<string, Buffer>, asOf: Date): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writePackZip({
    entries: packEntryOrder([...entries.keys()]).map((path) => {
      const bytes = entries.get(path) ?? Buffer.alloc(0);
      return { path, size: bytes.length, open: () => Readable.from([bytes]) };
    }),
    asOf,
    output: sink,
  });
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/**
 * Checks a pack offline: the Ed25519 signature over manifest.json (with `publicKeyPem`, or the copy
 * inside the pack, which the result says), every listed file's size and SHA-256, no unlisted file,
 * SHA256SUMS, and the zip container itself (rebuilt from the contents, it must be byte-identical,
 * so a changed header byte is caught too).
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
  let entries: Map<string, Buffer>;
  try {
    entries = await readZipEntries(zipBytes);
  } catch (error) {
    fail("zip", `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return done();
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
    fail("manifest", `is not a Lotse manifest: ${error instanceof Error ? error.message : String(error)}`);
    return done();
  }

  const keyPem = publicKeyPem ?? entries.get(PUBLIC_KEY_PATH)?.toString("utf8");
  const keySource = publicKeyPem ? "the given public key" : `the copy inside the pack (${PUBLIC_KEY_PATH})`;
  try {
    if (!keyPem) throw new Error("no public key given and none in the pack");
    const key = createPublicKey(keyPem);
    const fingerprint = fingerprintOf(key);
    if (verify(null, manifestBytes, key, signature))
      pass("signature", `valid, by ${keySource}, fingerprint ${fingerprint}`);
    else fail("signature", `does NOT match ${MANIFEST_PATH} under ${keySource} (fingerprint ${fingerprint})`);
    if (manifest.signature?.publicKeyFingerprint !== fingerprint) {
      fail("key", `the manifest names key ${manifest.signature?.publicKeyFingerprint}, the key used is ${fingerprint}`);
    }
  } catch (error) {
    fail("signature", `cannot be checked: ${error instanceof Error ? error.message : String(error)}`);
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
  if (!sums || !sums.equals(renderSums(manifest.files.filter((file) => file.path !== SUMS_PATH)))) {
    fail("sums", `${SUMS_PATH} does not repeat the manifest's hashes`);
  }
  try {
    const rebuilt = await rebuildZip(entries, new Date(manifest.asOf));
    if (rebuilt.equals(zipBytes)) pass("container", "the zip is byte-identical to its canonical form");
    else fail("container", "zip headers or layout were altered (the contents alone would not show it)");
  } catch (error) {
    fail("container", `cannot be rebuilt: ${error instanceof Error ? error.message : String(error)}`);
  }
  return done();
}
