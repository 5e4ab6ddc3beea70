import { readEnv } from "@/lib/server/config/read-env";
import { credentialAad } from "@/lib/server/clusters/prepare-credentials";
import { decryptCredential } from "@/lib/server/credentials/decrypt-credential";
import { encryptCredential } from "@/lib/server/credentials/encrypt-credential";
import { loadEncryptionKeys } from "@/lib/server/credentials/load-encryption-keys";
import { signingKeyAad } from "@/lib/server/evidence/signing-key";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import {
  countRecordsByKey,
  findRecordsToReencrypt,
  replaceCiphertext,
} from "@/lib/server/store/keys/encrypted-records";

export interface KeyRotationResult {
  currentKeyId: string;
  /** Records now re-encrypted under the current key. */
  reencrypted: { clusterCredentials: number; evidenceSigningKeys: number };
  /** Records changed by someone else between read and write (a re-upload): already under the current key. */
  changedMeanwhile: number;
  /** Records that could not be re-encrypted, with why: "kind id: reason". They stay as they are. */
  unreadable: string[];
  /** Records per key id after the rotation. */
  byKey: Record<string, number>;
}

function isCredentialKind(kind: string): kind is "kubeconfig" | "talosconfig" {
  return kind === "kubeconfig" || kind === "talosconfig";
}

/**
 * Re-encrypts every cluster credential and evidence signing key under the current key
 * (`LOTSE_ENCRYPTION_KEY`), decrypting with the previous ones (`LOTSE_ENCRYPTION_KEYS_PREVIOUS`).
 * Without downtime: while it runs, every process still accepts both keys, and each record is
 * replaced only if it is still the one read. Running it again finds nothing to do.
 *
 * Note: plaintext exists only inside this function, one record at a time; it is never logged.
 */
export async function rotateEncryptionKeys({
  env = process.env,
}: { env?: Record<string, string | undefined> } = {}): Promise<KeyRotationResult> {
  const keys = await loadEncryptionKeys({ dataDir: readEnv().LOTSE_DATA_DIR, env });
  const records = await findRecordsToReencrypt({
    currentKeyId: keys.current.id,
    credentialAad: ({ clusterId, kind }) => (isCredentialKind(kind) ? credentialAad({ clusterId, kind }) : null),
    signingKeyAad,
  });
  const reencrypted = { clusterCredentials: 0, evidenceSigningKeys: 0 };
  const unreadable: string[] = [];
  let changedMeanwhile = 0;
  for (const record of records) {
    const aad = record.aad;
    if (aad === null) {
      unreadable.push(`${record.kind} ${record.id}: unknown credential kind`);
      continue;
    }
    if (!keys.byId.has(record.keyId)) {
      unreadable.push(`${record.kind} ${record.id}: key ${record.keyId} is not configured`);
      continue;
    }
    let plaintext: string;
    try {
      plaintext = decryptCredential({ keyId: record.keyId, ciphertext: record.ciphertext, aad, keys });
    } catch (error) {
      // decryptCredential's messages name the key id and the cause, never the plaintext.
      unreadable.push(`${record.kind} ${record.id}: ${error instanceof Error ? error.message : "cannot be decrypted"}`);
      continue;
    }
    const { keyId, ciphertext } = encryptCredential({ plaintext, aad, keys });
    if (!(await replaceCiphertext({ record, keyId, ciphertext }))) {
      changedMeanwhile += 1;
    } else if (record.kind === "cluster-credential") {
      reencrypted.clusterCredentials += 1;
    } else {
      reencrypted.evidenceSigningKeys += 1;
    }
  }
  const result = {
    currentKeyId: keys.current.id,
    reencrypted,
    changedMeanwhile,
    unreadable,
    byKey: await countRecordsByKey(),
  };
  await recordAuditEvent({
    actor: { type: "system", label: "cli" },
    action: "keys.rotate",
    outcome: unreadable.length === 0 ? "success" : "failure",
    target: { type: "encryption-key", id: keys.current.id },
    details: { ...reencrypted, changedMeanwhile, unreadable: unreadable.length },
  });
  return result;
}

/** The command's report: what moved, what is left under which key, and what to do next. */
export function formatKeyRotation(result: KeyRotationResult): string {
  const others = Object.entries(result.byKey).filter(([keyId]) => keyId !== result.currentKeyId);
  const lines = [
    `current key ${result.currentKeyId}`,
    `re-encrypted ${result.reencrypted.clusterCredentials} cluster credential(s) and ${result.reencrypted.evidenceSigningKeys} evidence signing key(s)`,
  ];
  if (result.changedMeanwhile > 0)
    lines.push(`${result.changedMeanwhile} record(s) were rewritten by another process meanwhile; run again to check`);
  if (result.unreadable.length > 0) {
    lines.push("NOT rotated (a missing key goes into LOTSE_ENCRYPTION_KEYS_PREVIOUS):");
    lines.push(...result.unreadable.map((item) => `  ${item}`));
  }
  lines.push(
    others.length === 0
      ? "every record is under the current key: previous keys can now be removed from LOTSE_ENCRYPTION_KEYS_PREVIOUS"
      : `still under other keys: ${others.map(([keyId, count]) => `${keyId} (${count})`).join(", ")}`,
  );
  return lines.join("\n");
}
