import { createDecipheriv } from "node:crypto";
import type { EncryptionKeys } from "./encryption-keys";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Reverses encryptCredential with the key named by `keyId` and the same `aad`; returns UTF-8
 * text. Throws a readable Error when the key is not configured, or when the ciphertext was altered
 * or belongs to another record (GCM authentication fails). The error never holds plaintext.
 */
export function decryptCredential({
  keyId,
  ciphertext,
  aad,
  keys,
}: {
  keyId: string;
  ciphertext: Uint8Array;
  aad: string;
  keys: EncryptionKeys;
}): string {
  const key = keys.byId.get(keyId);
  if (!key) {
    throw new Error(
      `The credential was encrypted with key ${keyId}, which is not configured. Set LOTSE_ENCRYPTION_KEY or list the key in LOTSE_ENCRYPTION_KEYS_PREVIOUS.`,
    );
  }
  const bytes = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength);
  if (bytes.length < IV_BYTES + TAG_BYTES)
    throw new Error("The stored credential is truncated and cannot be decrypted.");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      `The stored credential failed authentication with key ${keyId}: it was altered, or it belongs to another record.`,
    );
  }
}
