import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { buildTestCluster, objectsOfKind } from "../testing/build-test-cluster";

const names = (objects: KubeObject[]) => objects.map((object) => object.metadata.name);
const daemonSets = (built: ReturnType<typeof buildTestCluster>) => objectsOfKind(built, "DaemonSet");

describe("Kasten K10, Kubewarden, Ratify, the Vault CSI provider, log shippers and KMS in a simulated cluster", () => {
  it("serves K10's policy and its runs: three completed, the latest failed in export with the reason, its backups complete", () => {
    const built = buildTestCluster({
      settings:
        "profile: kubeadm-default\ntools: { kasten: { enabled: true, lastSuccessHoursAgo: 60, failureReason: profile gone } }",
    });
    expect(names(objectsOfKind(built, "CustomResourceDefinition"))).toEqual(
      expect.arrayContaining([
        "policies.config.kio.kasten.io",
        "runactions.actions.kio.kasten.io",
        "backupactions.actions.kio.kasten.io",
      ]),
    );
    expect(objectsOfKind(built, "Policy")[0]).toMatchObject({
      apiVersion: "config.kio.kasten.io/v1alpha1",
      metadata: { name: "daily-backup", namespace: "kasten-io" },
      spec: { frequency: "@daily", actions: [{ action: "backup" }, { action: "export" }] },
      status: { validation: "Success" },
    });
    // Reference time 2026-11-20T12:00Z; the last success 60 h before lies in the run of 2026-11-17 23:00.
    const runs = objectsOfKind(built, "RunAction").map((run) => ({
      labels: run.metadata.labels,
      ...(run.status as { state: string; startTime: string; error?: { message: string } }),
    }));
    expect(runs.map((run) => [run.startTime, run.state, run.error?.message])).toEqual([
      ["2026-11-15T23:00:01Z", "Complete", undefined],
      ["2026-11-16T23:00:01Z", "Complete", undefined],
      ["2026-11-17T23:00:01Z", "Complete", undefined],
      ["2026-11-19T23:00:01Z", "Failed", "profile gone"],
    ]);
    expect(runs[0]?.labels).toEqual({
      "k10.kasten.io/policyName": "daily-backup",
      "k10.kasten.io/policyNamespace": "kasten-io",
    });
    const backups = objectsOfKind(built, "BackupAction");
    expect(backups).toHaveLength(4 * 4);
    expect(backups.every((backup) => (backup.status as { state: string }).state === "Complete")).toBe(true);
    expect(names(objectsOfKind(built, "Deployment"))).toContain("executor-svc");
    expect(objectsOfKind(buildTestCluster({ settings: "profile: kubeadm-default" }), "RunAction")).toEqual([]);
  });

  it("runs Kubewarden's verify-image-signatures policy in the asked mode behind a clusterwide webhook", () => {
    const built = buildTestCluster({ settings: "profile: kubeadm-default\nadmission: { kubewarden: monitor }" });
    expect(objectsOfKind(built, "ClusterAdmissionPolicy")[0]).toMatchObject({
      apiVersion: "policies.kubewarden.io/v1",
      spec: { module: expect.stringContaining("verify-image-signatures"), mode: "monitor" },
      status: { policyStatus: "active" },
    });
    expect(objectsOfKind(built, "MutatingWebhookConfiguration").map((object) => object.webhooks)).toContainEqual([
      expect.objectContaining({
        name: "clusterwide-verify-image-signatures.kubewarden.admission",
        failurePolicy: "Fail",
      }),
    ]);
    expect(names(objectsOfKind(built, "Deployment"))).toContain("policy-server-default");
  });

  it("runs Ratify behind Gatekeeper: denying constraints, a notation and a critical-CVE verifier, and a fail-open webhook", () => {
    const built = buildTestCluster({ settings: "profile: managed\nadmission: { ratify: true }" });
    expect(
      [...objectsOfKind(built, "RatifyVerification"), ...objectsOfKind(built, "VulnerabilityReportValidation")].map(
        (constraint) => (constraint.spec as { enforcementAction: string }).enforcementAction,
      ),
    ).toEqual(["deny", "deny"]);
    expect(objectsOfKind(built, "Verifier").map((verifier) => verifier.spec)).toEqual([
      expect.objectContaining({ name: "notation" }),
      expect.objectContaining({
        name: "vulnerabilityreport",
        parameters: expect.objectContaining({ disallowedSeverities: ["critical"] }),
      }),
    ]);
    const [gatekeeper] = objectsOfKind(built, "ValidatingWebhookConfiguration").filter((object) =>
      object.metadata.name.startsWith("gatekeeper"),
    );
    expect(gatekeeper?.webhooks).toEqual([
      expect.objectContaining({ name: "validation.gatekeeper.sh", failurePolicy: "Ignore" }),
    ]);
  });

  it("adds a Kyverno policy that checks Trivy's vulnerability attestation, only where Kyverno runs", () => {
    const built = buildTestCluster({
      settings: "profile: talos-hardened\ntalosVersion: v1.13.2\nadmission: { rejectCriticalCves: enforce }",
    });
    const policy = objectsOfKind(built, "ClusterPolicy").find(
      (object) => object.metadata.name === "reject-critical-vulnerabilities",
    );
    expect(policy?.spec).toMatchObject({
      validationFailureAction: "Enforce",
      rules: [{ verifyImages: [{ attestations: [{ type: "https://cosign.sigstore.dev/attestation/vuln/v1" }] }] }],
    });
    const withoutKyverno = buildTestCluster({
      settings: "profile: kubeadm-default\nadmission: { rejectCriticalCves: enforce }",
    });
    expect(objectsOfKind(withoutKyverno, "ClusterPolicy")).toEqual([]);
  });

  it("mounts Vault secrets through SecretProviderClasses, the first one also synced into a Secret, with the CSI DaemonSets", () => {
    const built = buildTestCluster({ settings: "profile: kubeadm-default\ntools: { vaultCsi: true }" });
    const classes = objectsOfKind(built, "SecretProviderClass");
    expect(
      classes.map((object) => [
        (object.spec as { provider: string }).provider,
        "secretObjects" in (object.spec as object),
      ]),
    ).toEqual([
      ["vault", true],
      ["vault", false],
      ["vault", false],
      ["vault", false],
    ]);
    expect(names(daemonSets(built))).toEqual(expect.arrayContaining(["csi-secrets-store", "vault-csi-provider"]));
  });

  it("ships logs with the asked DaemonSet, each reading the host's /var/log", () => {
    for (const shipper of ["vector", "fluentd"]) {
      const built = buildTestCluster({ settings: `profile: kubeadm-default\ntools: { logShipper: ${shipper} }` });
      const [daemonSet] = daemonSets(built).filter((object) => object.metadata.namespace === "logging");
      expect(daemonSet?.metadata.name).toBe(shipper);
      const volumes = (daemonSet?.spec as { template: { spec: { volumes: { hostPath?: { path: string } }[] } } })
        .template.spec.volumes;
      expect(volumes.map((volume) => volume.hostPath?.path)).toContain("/var/log");
      expect(names(daemonSets(built))).not.toContain("fluent-bit");
    }
  });

  it("puts a KMS v2 provider first in Talos v1.14's encryption config, before secretbox", () => {
    const built = buildTestCluster({
      settings: "profile: talos-hardened\ntalosVersion: v1.14.0\ntalos: { kms: { name: vault-kms, apiVersion: v2 } }",
    });
    const controlPlane = built.talosNodes.find((node) => node.role === "controlplane");
    const documents = parseAllDocuments(controlPlane!.machineConfig).map(
      (document) => document.toJSON() as Record<string, unknown>,
    );
    const encryption = documents.find((document) => document.kind === "KubeEtcdEncryptionConfig") as {
      config: { resources: { providers: Record<string, unknown>[] }[] };
    };
    expect(encryption.config.resources[0]?.providers.map((provider) => Object.keys(provider)[0])).toEqual([
      "kms",
      "secretbox",
    ]);
    expect(encryption.config.resources[0]?.providers[0]).toEqual({
      kms: { apiVersion: "v2", name: "vault-kms", endpoint: "unix:///var/run/kmsplugin/vault-kms.sock", timeout: "3s" },
    });
  });
});
