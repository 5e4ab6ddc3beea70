import { getDb } from "@/lib/server/store/db";
import { isUniqueViolation } from "@/lib/server/store/is-unique-violation";
import type { EvidenceSigningKey } from "@/lib/server/store/generated/client";

export type SigningKeyRow = EvidenceSigningKey;

export function findActiveSigningKey(): Promise<SigningKeyRow | null> {
  return getDb().evidenceSigningKey.findFirst({ where: { isActive: true } });
}

/**
 * Stores a freshly generated key as the active one. Returns false when another process stored one
 * first (a partial unique index allows one active key), so the caller re-reads and uses that one.
 */
export async function insertActiveSigningKey(data: {
  id: string;
  publicKeyPem: string;
  encryptionKeyId: string;
  encryptedPrivateKey: Buffer;
}): Promise<boolean> {
  try {
    await getDb().evidenceSigningKey.create({
      data: { ...data, encryptedPrivateKey: new Uint8Array(data.encryptedPrivateKey), isActive: true },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
