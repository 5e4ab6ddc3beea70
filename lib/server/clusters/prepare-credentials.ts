import { parseKubeconfig } from "@/lib/server/credentials/parse-kubeconfig";
import { parseTalosconfig } from "@/lib/server/credentials/parse-talosconfig";
import { encryptCredential } from "@/lib/server/credentials/encrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { CredentialError } from "@/lib/server/credentials/credential-error";
import { readEnv } from "@/lib/server/config/read-env";
import { AppError } from "@/lib/server/http/app-error";
import type { EncryptedCredential } from "@/lib/server/store/clusters/insert-cluster";

export function credentialAad({ clusterId, kind }: { clusterId: string; kind: "kubeconfig" | "talosconfig" }): string {
  return `lotse:cluster:${clusterId}:${kind}`;
}

function asAppError(error: unknown): never {
  if (error instanceof CredentialError) {
    throw new AppError(error.status === 413 ? "payload_too_large" : "bad_request", error.message, {
      field: error.field,
    });
  }
  throw error;
}

/** Validates and encrypts an uploaded kubeconfig; returns the safe metadata to store beside it. */
export async function prepareKubeconfig({
  clusterId,
  text,
  context,
}: {
  clusterId: string;
  text: string;
  context?: string;
}) {
  const env = readEnv();
  let parsed;
  try {
    parsed = parseKubeconfig({ text, context, allowLinkLocal: env.LOTSE_ALLOW_LINK_LOCAL_CLUSTERS });
  } catch (error) {
    asAppError(error);
  }
  const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
  const encrypted = encryptCredential({
    plaintext: parsed.normalized,
    aad: credentialAad({ clusterId, kind: "kubeconfig" }),
    keys,
  });
  const credential: EncryptedCredential = {
    kind: "kubeconfig",
    keyId: encrypted.keyId,
    ciphertext: encrypted.ciphertext,
  };
  return { parsed, credential };
}

/** Validates and encrypts an uploaded talosconfig. */
export async function prepareTalosconfig({
  clusterId,
  text,
  context,
}: {
  clusterId: string;
  text: string;
  context?: string;
}) {
  const env = readEnv();
  let parsed;
  try {
    parsed = parseTalosconfig({ text, context, allowLinkLocal: env.LOTSE_ALLOW_LINK_LOCAL_CLUSTERS });
  } catch (error) {
    asAppError(error);
  }
  const keys = await loadEncryptionKeys({ dataDir: env.LOTSE_DATA_DIR, env: process.env });
  const encrypted = encryptCredential({
    plaintext: parsed.normalized,
    aad: credentialAad({ clusterId, kind: "talosconfig" }),
    keys,
  });
  const credential: EncryptedCredential = {
    kind: "talosconfig",
    keyId: encrypted.keyId,
    ciphertext: encrypted.ciphertext,
  };
  return { parsed, credential };
}
