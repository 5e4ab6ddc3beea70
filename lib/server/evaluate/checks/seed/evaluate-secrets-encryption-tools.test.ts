import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { secretsEncryptionEvaluator } from "./evaluate-secrets-encryption";

describe("seed.secrets-encryption: secret management tools as informative evidence", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("adds External Secrets and Sealed Secrets to every finding without changing its status", async () => {
    const plain = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened");
    const withTools = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.secretStores = {
          isServed: true,
          errors: [],
          data: [
            { kind: "ClusterSecretStore", namespace: null, name: "vault-backend", provider: "vault", isReady: true },
          ],
        };
        snapshot.kubernetes.externalSecrets = {
          isServed: true,
          errors: [],
          data: [
            {
              namespace: "shop",
              name: "db",
              storeKind: "ClusterSecretStore",
              storeName: "vault-backend",
              isReady: false,
              reason: "SecretSyncedError",
            },
          ],
        };
        snapshot.kubernetes.sealedSecrets = {
          isServed: true,
          errors: [],
          data: [{ namespace: "shop", name: "registry" }],
        };
      },
    });
    expect(withTools.map((result) => result.status)).toEqual(plain.map((result) => result.status));
    for (const result of withTools) {
      expect(result.evidence).toContainEqual(
        expect.objectContaining({
          source: "kubernetes.externalSecrets+secretStores",
          value: {
            stores: [{ kind: "ClusterSecretStore", name: "vault-backend", provider: "vault", isReady: true }],
            externalSecrets: 1,
            notReady: ["shop/db (SecretSyncedError)"],
          },
        }),
      );
      expect(result.evidence).toContainEqual(expect.objectContaining({ source: "kubernetes.sealedSecrets", value: 1 }));
    }
  });
});
