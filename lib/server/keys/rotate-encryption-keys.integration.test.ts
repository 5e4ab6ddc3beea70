import { createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { credentialAad } from "@/lib/server/clusters/prepare-credentials";
import { readClusterCredential } from "@/lib/server/clusters/read-cluster-credential";
import { encryptCredential } from "@/lib/server/credentials/encrypt-credential";
import { computeKeyId } from "@/lib/server/credentials/encryption-keys";
import { getSigningKey } from "@/lib/server/evidence/signing-key";
import { insertCluster } from "@/lib/server/store/clusters/insert-cluster";
import { getDb } from "@/lib/server/store/db";
import { findRecordsToReencrypt, replaceCiphertext } from "@/lib/server/store/keys/encrypted-records";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { formatKeyRotation, rotateEncryptionKeys } from "./rotate-encryption-keys";

const newKey = () => randomBytes(32);
const keysOf = (key: Buffer) => ({
  current: { id: computeKeyId({ key }), key },
  byId: new Map([[computeKeyId({ key }), key]]),
});

async function registerCluster({ name, key, kubeconfig }: { name: string; key: Buffer; kubeconfig: string }) {
  const id = randomUUID();
  const encrypt = (kind: "kubeconfig" | "talosconfig", plaintext: string) => ({
    kind,
    ...encryptCredential({ plaintext, aad: credentialAad({ clusterId: id, kind }), keys: keysOf(key) }),
  });
  await insertCluster({
    id,
    name,
    environment: "edge",
    site: null,
    labels: {},
    schedule: "0 * * * *",
    kubeServer: "https://10.0.0.1:6443",
    kubeContext: "admin@edge",
    kubeInfo: {},
    talosEndpoints: ["10.0.0.1"],
    talosContext: "edge",
    talosInfo: {},
    credentials: [encrypt("kubeconfig", kubeconfig), encrypt("talosconfig", `talosconfig of ${name}`)],
  });
  return id;
}

describe("npm run lotse -- keys rotate", () => {
  const saved = { current: process.env.LOTSE_ENCRYPTION_KEY, previous: process.env.LOTSE_ENCRYPTION_KEYS_PREVIOUS };
  const useKeys = (current: Buffer, previous: Buffer[] = []) => {
    process.env.LOTSE_ENCRYPTION_KEY = current.toString("base64");
    process.env.LOTSE_ENCRYPTION_KEYS_PREVIOUS = previous.map((key) => key.toString("base64")).join(",");
  };

  beforeEach(async () => {
    await resetDatabase();
  });

  afterEach(() => {
    for (const [name, value] of [
      ["LOTSE_ENCRYPTION_KEY", saved.current],
      ["LOTSE_ENCRYPTION_KEYS_PREVIOUS", saved.previous],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("re-encrypts every credential and the signing key under the new key; the old key can then go", async () => {
    const oldKey = newKey();
    const rotatedTo = newKey();
    useKeys(oldKey);
    const kubeconfig = `kubeconfig ${randomUUID()}`;
    const clusterId = await registerCluster({ name: "edge-01", key: oldKey, kubeconfig });
    await registerCluster({ name: "edge-02", key: oldKey, kubeconfig: "other" });
    const signing = await getSigningKey();

    // Step 1 of the procedure: every process gets the new key, the old one stays accepted.
    useKeys(rotatedTo, [oldKey]);
    expect(await readClusterCredential({ clusterId, kind: "kubeconfig" })).toBe(kubeconfig);

    const result = await rotateEncryptionKeys();
    expect(result.currentKeyId).toBe(computeKeyId({ key: rotatedTo }));
    expect(result.reencrypted).toEqual({ clusterCredentials: 4, evidenceSigningKeys: 1 });
    expect(result.unreadable).toEqual([]);
    expect(result.byKey).toEqual({ [result.currentKeyId]: 5 });
    expect(formatKeyRotation(result)).toContain("previous keys can now be removed");
    const audit = await getDb().auditEvent.findMany({ where: { action: "keys.rotate" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({
      clusterCredentials: 4,
      evidenceSigningKeys: 1,
      changedMeanwhile: 0,
      unreadable: 0,
    });

    // Step 3: the old key is removed; everything still reads, and the signing key still signs.
    useKeys(rotatedTo);
    expect(await readClusterCredential({ clusterId, kind: "kubeconfig" })).toBe(kubeconfig);
    const after = await getSigningKey();
    expect(after.fingerprint).toBe(signing.fingerprint);
    const message = Buffer.from("evidence manifest");
    expect(verify(null, message, createPublicKey(after.publicKeyPem), after.sign(message))).toBe(true);

    // Nothing is left to do on a second run.
    const again = await rotateEncryptionKeys();
    expect(again.reencrypted).toEqual({ clusterCredentials: 0, evidenceSigningKeys: 0 });
  });

  it("leaves records under a key it does not have as they are, and says which", async () => {
    const lost = newKey();
    const current = newKey();
    useKeys(current);
    const clusterId = await registerCluster({ name: "edge-03", key: lost, kubeconfig: "kept as it is" });
    const before = await getDb().clusterCredential.findMany({ where: { clusterId }, orderBy: { kind: "asc" } });

    const result = await rotateEncryptionKeys();
    expect(result.reencrypted).toEqual({ clusterCredentials: 0, evidenceSigningKeys: 0 });
    expect(result.unreadable).toHaveLength(2);
    expect(result.unreadable[0]).toMatch(new RegExp(`key ${computeKeyId({ key: lost })} is not configured$`));
    expect(formatKeyRotation(result)).toContain("NOT rotated");
    const after = await getDb().clusterCredential.findMany({ where: { clusterId }, orderBy: { kind: "asc" } });
    expect(after).toEqual(before);
  });

  it("does not overwrite a credential that was re-uploaded between read and write", async () => {
    const oldKey = newKey();
    const current = newKey();
    useKeys(oldKey);
    const clusterId = await registerCluster({ name: "edge-04", key: oldKey, kubeconfig: "first upload" });
    const [record] = await findRecordsToReencrypt({
      currentKeyId: computeKeyId({ key: current }),
      credentialAad: ({ clusterId: id, kind }) => `lotse:cluster:${id}:${kind}`,
      signingKeyAad: (fingerprint) => fingerprint,
    });
    expect(record).toBeDefined();
    // The re-upload lands first…
    const reupload = encryptCredential({
      plaintext: "second upload",
      aad: credentialAad({ clusterId, kind: "kubeconfig" }),
      keys: keysOf(current),
    });
    await getDb().clusterCredential.updateMany({
      where: { id: record!.id },
      data: { keyId: reupload.keyId, ciphertext: new Uint8Array(reupload.ciphertext) },
    });
    // …so the rotation's write of the old content is refused.
    expect(await replaceCiphertext({ record: record!, keyId: reupload.keyId, ciphertext: record!.ciphertext })).toBe(
      false,
    );
    useKeys(current);
    expect(await readClusterCredential({ clusterId, kind: "kubeconfig" })).toBe("second upload");
  });
});
