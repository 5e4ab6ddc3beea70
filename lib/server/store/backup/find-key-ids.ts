import { Client } from "pg";

/** The encryption key ids a database's encrypted records (credentials, signing keys) are under. */
export async function findKeyIds({ databaseUrl }: { databaseUrl: string }): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>(
      `SELECT "keyId" AS id FROM cluster_credentials UNION SELECT "encryptionKeyId" FROM evidence_signing_keys`,
    );
    return rows.rows.map((row) => row.id).sort();
  } finally {
    await client.end();
  }
}
