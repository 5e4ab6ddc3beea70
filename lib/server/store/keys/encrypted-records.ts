import { getDb } from "@/lib/server/store/db";

/** Something stored encrypted under a data-encryption key: a cluster credential or an evidence signing key. */
export interface EncryptedRecord {
  kind: "cluster-credential" | "evidence-signing-key";
  id: string;
  /** What the ciphertext is bound to (its AAD), e.g. `lotse:cluster:<id>:kubeconfig`; null when the row's kind is unknown. */
  aad: string | null;
  keyId: string;
  ciphertext: Buffer;
}

/**
 * Every encrypted record not yet under `currentKeyId`, in a stable order. The `*Aad` functions map
 * a row to the AAD its ciphertext was bound to (owned by the modules that encrypt them).
 */
export async function findRecordsToReencrypt({
  currentKeyId,
  credentialAad,
  signingKeyAad,
}: {
  currentKeyId: string;
  credentialAad: (row: { clusterId: string; kind: string }) => string | null;
  signingKeyAad: (fingerprint: string) => string;
}): Promise<EncryptedRecord[]> {
  const db = getDb();
  const [credentials, signingKeys] = await Promise.all([
    db.clusterCredential.findMany({ where: { keyId: { not: currentKeyId } }, orderBy: { id: "asc" } }),
    db.evidenceSigningKey.findMany({ where: { encryptionKeyId: { not: currentKeyId } }, orderBy: { id: "asc" } }),
  ]);
  return [
    ...credentials.map((row) => ({
      kind: "cluster-credential" as const,
      id: row.id,
      aad: credentialAad(row),
      keyId: row.keyId,
      ciphertext: Buffer.from(row.ciphertext),
    })),
    ...signingKeys.map((row) => ({
      kind: "evidence-signing-key" as const,
      id: row.id,
      aad: signingKeyAad(row.id),
      keyId: row.encryptionKeyId,
      ciphertext: Buffer.from(row.encryptedPrivateKey),
    })),
  ];
}

/**
 * Replaces a record's ciphertext only if it is still the one that was read (same key id and bytes):
 * a credential re-uploaded meanwhile is left as the upload wrote it. Returns whether it was replaced.
 */
export async function replaceCiphertext({
  record,
  keyId,
  ciphertext,
}: {
  record: EncryptedRecord;
  keyId: string;
  ciphertext: Buffer;
}): Promise<boolean> {
  const db = getDb();
  const bytes = new Uint8Array(ciphertext);
  const previous = new Uint8Array(record.ciphertext);
  const result =
    record.kind === "cluster-credential"
      ? await db.clusterCredential.updateMany({
          where: { id: record.id, keyId: record.keyId, ciphertext: { equals: previous } },
          data: { keyId, ciphertext: bytes },
        })
      : await db.evidenceSigningKey.updateMany({
          where: { id: record.id, encryptionKeyId: record.keyId, encryptedPrivateKey: { equals: previous } },
          data: { encryptionKeyId: keyId, encryptedPrivateKey: bytes },
        });
  return result.count === 1;
}

/** How many records each key id protects, for the command's report. */
export async function countRecordsByKey(): Promise<Record<string, number>> {
  const db = getDb();
  const [credentials, signingKeys] = await Promise.all([
    db.clusterCredential.groupBy({ by: ["keyId"], _count: { _all: true } }),
    db.evidenceSigningKey.groupBy({ by: ["encryptionKeyId"], _count: { _all: true } }),
  ]);
  const counts: Record<string, number> = {};
  for (const row of credentials) counts[row.keyId] = (counts[row.keyId] ?? 0) + row._count._all;
  for (const row of signingKeys) counts[row.encryptionKeyId] = (counts[row.encryptionKeyId] ?? 0) + row._count._all;
  return counts;
}
