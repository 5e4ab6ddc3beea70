import { createHash } from "node:crypto";

export interface EncryptionKey {
  /** First 16 hex characters of SHA-256 of the key: stored beside each ciphertext. */
  id: string;
  /** 32 bytes (AES-256). */
  key: Buffer;
}

export interface EncryptionKeys {
  /** Encrypts every new credential. */
  current: EncryptionKey;
  /** Every key accepted for decryption (current and previous), by id. */
  byId: Map<string, Buffer>;
}

/** The key id: first 16 hex characters of SHA-256 of the raw key. */
export function computeKeyId({ key }: { key: Buffer }): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
