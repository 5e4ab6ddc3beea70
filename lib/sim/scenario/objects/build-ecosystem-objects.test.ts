import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { buildTestCluster, objectsOfKind } from "../testing/build-test-cluster";

const names = (objects: KubeObject[]) => objects.map((object) => object.metadata.name);
type BackupStatus = { phase: string; completionTimestamp: string; failureReason?: string };

describe("ecosystem tools in a simulated cluster", () => {
  it("serves Velero's CRDs, a Schedule and its Backups: three completed, the latest failed with the reason", () => {
    const built = buildTestCluster({
      settings: [
        "profile: managed",
        "tools:",
        "  velero: { enabled: true, schedule: '0 1 * * *', lastSuccessHoursAgo: 80, failureReason: bucket gone }",
      ].join("\n"),
    });
    expect(names(objectsOfKind(built, "CustomResourceDefinition"))).toEqual(
      expect.arrayContaining(["backups.velero.io", "schedules.velero.io", "backupstoragelocations.velero.io"]),
    );
    const [schedule] = objectsOfKind(built, "Schedule");
    expect(schedule).toMatchObject({
      apiVersion: "velero.io/v1",
      metadata: { name: "daily-cluster", namespace: "velero" },
      spec: { schedule: "0 1 * * *", template: { storageLocation: "default" } },
      status: { phase: "Enabled", lastBackup: "2026-11-20T01:00:00Z" },
    });
    const backups = objectsOfKind(built, "Backup").map((backup) => ({
      name: backup.metadata.name,
      schedule: backup.metadata.labels?.["velero.io/schedule-name"],
      ...(backup.status as BackupStatus),
    }));
    // Reference time 2026-11-20T12:00Z; the last success 80 h before lies in the run of 2026-11-17 01:00.
    expect(backups.map(({ name, phase, failureReason }) => [name, phase, failureReason])).toEqual([
      ["daily-cluster-20261115010000", "Completed", undefined],
      ["daily-cluster-20261116010000", "Completed", undefined],
      ["daily-cluster-20261117010000", "Completed", undefined],
      ["daily-cluster-20261120010000", "Failed", "bucket gone"],
    ]);
    expect(new Set(backups.map((backup) => backup.schedule))).toEqual(new Set(["daily-cluster"]));
    expect(names(objectsOfKind(built, "Deployment"))).toContain("velero");
    expect(names(objectsOfKind(built, "Namespace"))).toContain("velero");
  });

  it("has no Velero objects unless enabled", () => {
    const built = buildTestCluster({ settings: "profile: managed" });
    expect(objectsOfKind(built, "Schedule")).toEqual([]);
    expect(names(objectsOfKind(built, "CustomResourceDefinition"))).not.toContain("schedules.velero.io");
  });

  it("runs Cilium with its policy CRDs on hardened Talos and keeps Flannel on default Talos", () => {
    const hardened = buildTestCluster({ settings: "profile: talos-hardened\ntalosVersion: v1.13.2" });
    expect(names(objectsOfKind(hardened, "DaemonSet"))).toContain("cilium");
    expect(names(objectsOfKind(hardened, "DaemonSet"))).not.toContain("kube-flannel");
    expect(names(objectsOfKind(hardened, "CustomResourceDefinition"))).toEqual(
      expect.arrayContaining(["ciliumnetworkpolicies.cilium.io", "ciliumclusterwidenetworkpolicies.cilium.io"]),
    );
    const plain = buildTestCluster({ settings: "profile: talos-default\ntalosVersion: v1.13.2" });
    expect(names(objectsOfKind(plain, "DaemonSet"))).toContain("kube-flannel");
    expect(names(objectsOfKind(plain, "DaemonSet"))).not.toContain("cilium");
  });

  it("adds a Kyverno generate policy for default-deny NetworkPolicies when asked (and Kyverno runs)", () => {
    const built = buildTestCluster({
      settings: "profile: talos-hardened\ntalosVersion: v1.13.2\ntools: { kyvernoGenerateDefaultDeny: true }",
    });
    const policy = objectsOfKind(built, "ClusterPolicy").find(
      (object) => object.metadata.name === "add-default-deny-networkpolicy",
    );
    expect(policy?.spec).toMatchObject({
      rules: [{ generate: { kind: "NetworkPolicy", synchronize: true, generateExisting: true } }],
    });
    const withoutKyverno = buildTestCluster({
      settings: "profile: kubeadm-default\ntools: { kyvernoGenerateDefaultDeny: true }",
    });
    expect(objectsOfKind(withoutKyverno, "ClusterPolicy")).toEqual([]);
  });

  it("runs Falco on every node with its rules ConfigMap, or only on workers without the toleration", () => {
    const everywhere = buildTestCluster({
      settings: "profile: talos-hardened\ntalosVersion: v1.13.2\ntools: { falco: { enabled: true } }",
    });
    const [falco] = objectsOfKind(everywhere, "DaemonSet").filter((object) => object.metadata.name === "falco");
    expect(falco?.metadata.namespace).toBe("falco");
    expect(falco?.status).toMatchObject({ desiredNumberScheduled: 3, numberReady: 3 });
    expect(names(objectsOfKind(everywhere, "ConfigMap"))).toContain("falco-rules");
    const workersOnly = buildTestCluster({
      settings:
        "profile: talos-hardened\ntalosVersion: v1.13.2\ntools: { falco: { enabled: true, onControlPlanes: false, rules: false } }",
    });
    const [partial] = objectsOfKind(workersOnly, "DaemonSet").filter((object) => object.metadata.name === "falco");
    expect(partial?.status).toMatchObject({ desiredNumberScheduled: 2, numberReady: 2 });
    expect(names(objectsOfKind(workersOnly, "ConfigMap"))).not.toContain("falco-rules");
  });
});
