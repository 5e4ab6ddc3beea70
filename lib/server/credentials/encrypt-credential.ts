import { createCipheriv, randomBytes } from "node:crypto";
import type { EncryptionKeys } from "./encryption-keys";

const IV_BYTES = 12;

/**
 * AES-256-GCM with the current key and a random 12-byte IV. `ciphertext` is iv || tag (16 bytes)
 * || encrypted bytes. `aad` binds the ciphertext to its place (e.g. `lotse:cluster:<id>:kubeconfig`):
 * decrypting with any other aad fails, so a ciphertext copied to another row is useless.
 */
export function encryptCredential({
  plaintext,
  aad,
  keys,
}: {
  plaintext: string | Buffer;
  aad: string;
  keys: EncryptionKeys;
}): { keyId: string; ciphertext: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keys.current.key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const encrypted = Buffer.concat([
    cipher.update(typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext),
    cipher.final(),
  ]);
  return { keyId: keys.current.id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), encrypted]) };
}
