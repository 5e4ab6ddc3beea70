import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { secretsEncryptionEvaluator } from "./evaluate-secrets-encryption";
import { talosControlPlane } from "./support/seed-test-helpers";

const KMS_SOURCE = /\.encryption-provider-config\[kms\]$/;

/** Talos ≥ 1.14's EtcdEncryptionConfig with these providers for Secrets, as the collector redacts it. */
const withEncryptionConfig = (providers: Record<string, unknown>[]) => (snapshot: StoredSnapshot) => {
  talosControlPlane(snapshot).etcdEncryption = {
    data: {
      resources: [{ resources: ["secrets"], providers: providers.map((provider) => Object.keys(provider)[0]!) }],
      configuration: { kind: "EncryptionConfiguration", resources: [{ resources: ["secrets"], providers }] },
    },
    errors: [],
    isApplicable: true,
  };
};

const SECRETBOX = { secretbox: { keys: [{ name: "key2", secret: "[redacted]" }] } };

describe("seed.secrets-encryption: the KMS provider where visible, and the Vault CSI provider", () => {
  beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

  it("passes a KMS v2 plugin first on Talos, citing its name, and warns on a deprecated KMS v1 plugin", async () => {
    const [v2] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: withEncryptionConfig([
        { kms: { apiVersion: "v2", name: "vault-kms", endpoint: "unix:///k.sock" } },
        SECRETBOX,
      ]),
    });
    expect(v2).toMatchObject({
      status: "PASS",
      message: "kube-apiserver on talos-hardened-cp-01 encrypts Secrets at rest with kms (KMS v2 plugin vault-kms).",
    });
    expect(v2!.evidence).toContainEqual({
      source: expect.stringMatching(KMS_SOURCE),
      value: { name: "vault-kms", apiVersion: "v2" },
      note: "KMS v2 plugin, the first provider: it encrypts new writes",
    });
    const [v1] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: withEncryptionConfig([{ kms: { name: "legacy-kms" } }, SECRETBOX]),
    });
    expect(v1).toMatchObject({ status: "WARN", message: expect.stringContaining("KMS v1 is deprecated") });
  });

  it("says whether a KMS provider is configured where the providers are visible, and that it is not visible elsewhere", async () => {
    const [secretbox] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(secretbox!.evidence).toContainEqual(
      expect.objectContaining({ value: null, note: "no KMS provider in the encryption config" }),
    );
    const [reader] = await evaluate(secretsEncryptionEvaluator, "talos-hardened");
    expect(reader!.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(KMS_SOURCE),
        note: "not visible: Talos' encryption config needs os:admin to read",
      }),
    );
    const [kubeadm] = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened");
    expect(kubeadm!.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(KMS_SOURCE),
        value: null,
        note: "not visible: whether a KMS provider is configured is in /etc/kubernetes/encryption/encryption-config.yaml on the node",
      }),
    );
  });

  it("adds the Vault CSI provider's SecretProviderClasses to every finding without changing its status", async () => {
    const plain = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened");
    const withCsi = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.secretProviderClasses = {
          isServed: true,
          errors: [],
          data: [
            { namespace: "shop", name: "shop-vault", provider: "vault", syncsToSecrets: true },
            { namespace: "crm", name: "crm-vault", provider: "vault", syncsToSecrets: false },
          ],
        };
      },
    });
    expect(withCsi.map((result) => result.status)).toEqual(plain.map((result) => result.status));
    for (const result of withCsi) {
      expect(result.evidence).toContainEqual(
        expect.objectContaining({
          source: "kubernetes.secretProviderClasses",
          value: { providers: { vault: 2 }, syncedToSecrets: ["shop/shop-vault"], vaultCsiProvider: null },
        }),
      );
    }
  });
});
