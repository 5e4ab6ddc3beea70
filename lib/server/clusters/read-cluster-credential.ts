import { readEnv } from "@/lib/server/config/read-env";
import { decryptCredential } from "@/lib/server/credentials/decrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { findClusterCredential } from "@/lib/server/store/clusters/find-cluster-credential";
import { credentialAad } from "./prepare-credentials";

/**
 * Decrypts a stored credential file into memory. Note: the plaintext must stay inside the calling
 * function: never return it from a route, log it or put it into an error message.
 */
export async function readClusterCredential({
  clusterId,
  kind,
}: {
  clusterId: string;
  kind: "kubeconfig" | "talosconfig";
}): Promise<string | null> {
  const row = await findClusterCredential({ clusterId, kind });
  if (!row) return null;
  const env = readEnv();
  const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
  return decryptCredential({
    keyId: row.keyId,
    ciphertext: row.ciphertext,
    aad: credentialAad({ clusterId, kind }),
    keys,
  });
}
