import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { secretsEncryptionEvaluator } from "./evaluate-secrets-encryption";
import { statusBySubject, talosControlPlane, TIMEOUT_ERROR } from "./support/seed-test-helpers";

describe("seed.secrets-encryption", () => {
  beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

  it("passes Talos with the machine config's secretbox key (os:admin)", async () => {
    const [result] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(result).toMatchObject({
      status: "PASS",
      message: "kube-apiserver on talos-hardened-cp-01 encrypts Secrets at rest with secretbox.",
    });
    expect(result!.evidence[1]).toMatchObject({ value: "[redacted]" });
  });

  it("judges the EtcdEncryptionConfig providers in order (Talos ≥ 1.14): identity first fails, aesgcm passes", async () => {
    const withProviders = (providers: string[]) => ({
      talosRole: "os:admin" as const,
      mutate: (snapshot: Parameters<typeof talosControlPlane>[0]) => {
        talosControlPlane(snapshot).etcdEncryption = {
          data: { resources: [{ resources: ["secrets"], providers }], configuration: null },
          errors: [],
          isApplicable: true,
        };
      },
    });
    const [plain] = await evaluate(
      secretsEncryptionEvaluator,
      "talos-hardened",
      withProviders(["identity", "secretbox"]),
    );
    expect(plain!.status).toBe("FAIL");
    expect(plain!.message).toContain("identity is the first provider");
    const [aesgcm] = await evaluate(
      secretsEncryptionEvaluator,
      "talos-hardened",
      withProviders(["aesgcm", "identity"]),
    );
    expect(aesgcm!.status).toBe("PASS");
  });

  it("reads a KubeEtcdEncryptionConfig document, and fails a machine config without any key", async () => {
    const [kms] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        talosControlPlane(snapshot).machineConfig.data!.documents.push({
          kind: "KubeEtcdEncryptionConfig",
          name: null,
          content: {
            config: {
              resources: [
                { resources: ["*.*"], providers: [{ kms: { apiVersion: "v2", name: "vault" } }, { identity: {} }] },
              ],
            },
          },
        });
      },
    });
    expect(kms!.status).toBe("PASS");
    expect(kms!.message).toContain("with kms (KMS v2 plugin vault)");
    const [none] = await evaluate(secretsEncryptionEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        const legacy = talosControlPlane(snapshot).machineConfig.data!.documents[0]!.content;
        delete (legacy.cluster as Record<string, unknown>).secretboxEncryptionSecret;
      },
    });
    expect(none!.status).toBe("FAIL");
  });

  it("fails kubeadm without --encryption-provider-config", async () => {
    const [result] = await evaluate(secretsEncryptionEvaluator, "kubeadm-default");
    expect(result!.status).toBe("FAIL");
    expect(result!.evidence).toEqual([
      {
        source:
          "kubernetes.controlPlanePods[kube-system/kube-apiserver-kubeadm-default-cp-01].flags.encryption-provider-config",
        value: null,
        note: "unset: no encryption at rest",
      },
    ]);
  });

  it("warns, never passes, when the providers are not visible (kubeadm file, Talos os:reader)", async () => {
    const [kubeadm] = await evaluate(secretsEncryptionEvaluator, "kubeadm-hardened");
    expect(kubeadm!.status).toBe("WARN");
    expect(kubeadm!.message).toContain("/etc/kubernetes/encryption/encryption-config.yaml");
    const [talos] = await evaluate(secretsEncryptionEvaluator, "talos-hardened");
    expect(talos!.status).toBe("WARN");
    expect(talos!.message).toContain("need os:admin");
  });

  it("is NOT_APPLICABLE on managed and UNKNOWN when the StaticPods cannot be read", async () => {
    expect(statusBySubject(await evaluate(secretsEncryptionEvaluator, "managed"))).toEqual({
      cluster: "NOT_APPLICABLE",
    });
    const results = await evaluate(secretsEncryptionEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const node = talosControlPlane(snapshot);
        node.staticPods = {
          data: null,
          errors: [{ target: `talos:node/${node.node}:StaticPods`, ...TIMEOUT_ERROR }],
          isApplicable: true,
        };
      },
    });
    expect(statusBySubject(results)).toEqual({ cluster: "UNKNOWN" });
    expect(results[0]!.evidence[0]!.note).toBe("timeout: the call timed out after 10000 ms");
  });
});
