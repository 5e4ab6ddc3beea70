import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { readEnv } from "@/lib/server/config/read-env";
import { decryptCredential } from "@/lib/server/credentials/decrypt-credential";
import { encryptCredential } from "@/lib/server/credentials/encrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { findActiveSigningKey, insertActiveSigningKey } from "@/lib/server/store/evidence/signing-key-store";

export interface SigningKey {
  /** SHA-256 (hex) of the public key's DER (SPKI): `openssl pkey -pubin -outform DER | sha256sum`. */
  fingerprint: string;
  publicKeyPem: string;
  sign: (bytes: Buffer) => Buffer;
}

/** The fingerprint printed in packs and shown beside the public key. */
export function fingerprintOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex");
}

/** What a signing key's encrypted private key is bound to (AES-GCM AAD). */
export const signingKeyAad = (fingerprint: string) => `lotse:evidence-signing-key:${fingerprint}`;

async function readActiveKey(): Promise<SigningKey | null> {
  const row = await findActiveSigningKey();
  if (!row) return null;
  const env = readEnv();
  const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
  // Note: the private key exists in plaintext only in this process' memory, as credentials do.
  const privateKey = createPrivateKey(
    decryptCredential({
      keyId: row.encryptionKeyId,
      ciphertext: row.encryptedPrivateKey,
      aad: signingKeyAad(row.id),
      keys,
    }),
  );
  return {
    fingerprint: row.id,
    publicKeyPem: row.publicKeyPem,
    sign: (bytes) => sign(null, bytes, privateKey),
  };
}

/**
 * Lotse's Ed25519 evidence-signing key, generated on first use. The private key (PKCS#8 PEM) is
 * stored encrypted with the credentials encryption (AES-256-GCM, key id kept for rotation, AAD bound
 * to the key's fingerprint). Two processes racing on first use end up with the same key.
 */
export async function getSigningKey(): Promise<SigningKey> {
  const existing = await readActiveKey();
  if (existing) return existing;
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const fingerprint = fingerprintOf(publicKey);
  const env = readEnv();
  const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
  const { keyId, ciphertext } = encryptCredential({
    plaintext: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    aad: signingKeyAad(fingerprint),
    keys,
  });
  await insertActiveSigningKey({
    id: fingerprint,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    encryptionKeyId: keyId,
    encryptedPrivateKey: ciphertext,
  });
  const stored = await readActiveKey();
  if (!stored) throw new Error("The evidence-signing key could not be stored.");
  return stored;
}

/** The public half only (for the public-key route and the CLI), creating the key on first use. */
export async function getSigningPublicKey(): Promise<{ fingerprint: string; publicKeyPem: string }> {
  const row = await findActiveSigningKey();
  if (row) return { fingerprint: row.id, publicKeyPem: row.publicKeyPem };
  const { fingerprint, publicKeyPem } = await getSigningKey();
  return { fingerprint, publicKeyPem };
}

/** The fingerprint of a PEM public key (for verification output). */
export function fingerprintOfPem(pem: string): string {
  return fingerprintOf(createPublicKey(pem));
}
