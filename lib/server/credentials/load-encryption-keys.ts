import { decodeEncryptionKey } from "./decode-encryption-key";
import { computeKeyId, type EncryptionKeys } from "./encryption-keys";
import { readOrCreateKeyFile } from "./read-or-create-key-file";

export type { EncryptionKey, EncryptionKeys } from "./encryption-keys";

/**
 * The credential encryption keys. The current key is `LOTSE_ENCRYPTION_KEY` (base64 of 32 bytes)
 * or, when that is unset, `<dataDir>/encryption.key`, created on first use with mode 0600.
 * `LOTSE_ENCRYPTION_KEYS_PREVIOUS` (comma-separated base64 keys) stay accepted for decryption, so
 * keys can be rotated; so does an existing key file once LOTSE_ENCRYPTION_KEY is set (moving from
 * the generated file to a managed key keeps stored credentials readable).
 * Throws a readable error naming the bad variable or file, never its value.
 */
export async function loadEncryptionKeys({
  dataDir,
  env,
}: {
  dataDir: string;
  env: Record<string, string | undefined>;
}): Promise<EncryptionKeys> {
  const configured = env.LOTSE_ENCRYPTION_KEY?.trim();
  const envKey = configured ? decodeEncryptionKey({ value: configured, source: "LOTSE_ENCRYPTION_KEY" }) : undefined;
  const fileKey = await readOrCreateKeyFile({ dataDir, create: !envKey });
  const key = envKey ?? fileKey;
  if (!key) throw new Error("No encryption key: set LOTSE_ENCRYPTION_KEY.");
  const current = { id: computeKeyId({ key }), key };
  const byId = new Map<string, Buffer>();
  const previous = (env.LOTSE_ENCRYPTION_KEYS_PREVIOUS ?? "").split(",").map((value) => value.trim());
  previous.forEach((value, index) => {
    if (value === "") return;
    const old = decodeEncryptionKey({ value, source: `LOTSE_ENCRYPTION_KEYS_PREVIOUS entry ${index + 1}` });
    byId.set(computeKeyId({ key: old }), old);
  });
  if (fileKey) byId.set(computeKeyId({ key: fileKey }), fileKey);
  byId.set(current.id, key);
  return { current, byId };
}
