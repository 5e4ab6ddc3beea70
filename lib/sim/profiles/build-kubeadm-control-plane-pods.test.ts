import { describe, expect, it } from "vitest";
import { buildKubeadmControlPlanePods } from "./build-kubeadm-control-plane-pods";

const node = { name: "legacy-01-cp-01", ip: "10.20.30.10", role: "controlplane" as const };
const build = (isHardened: boolean, apiServerFlags?: Record<string, string | null>) =>
  buildKubeadmControlPlanePods({
    node,
    seed: 1,
    kubernetesVersion: "1.34.4",
    isHardened,
    apiServerFlags,
    startedAt: new Date("2026-11-01T00:00:00Z"),
  });

function flagsOf(pods: ReturnType<typeof build>, component: string): Map<string, string> {
  const pod = pods.find((candidate) => candidate.metadata.labels?.component === component);
  const command = (pod?.spec as { containers: { command: string[] }[] }).containers[0]?.command ?? [];
  return new Map(command.slice(1).map((flag) => [flag.split("=")[0] ?? flag, flag.slice(flag.indexOf("=") + 1)]));
}

describe("buildKubeadmControlPlanePods", () => {
  it("builds the four kubeadm mirror pods with kubeadm's labels and the kubelet's file-source annotations", () => {
    const pods = build(false);
    expect(pods.map((pod) => pod.metadata.name)).toEqual([
      "etcd-legacy-01-cp-01",
      "kube-apiserver-legacy-01-cp-01",
      "kube-controller-manager-legacy-01-cp-01",
      "kube-scheduler-legacy-01-cp-01",
    ]);
    for (const pod of pods) {
      expect(pod.metadata.namespace).toBe("kube-system");
      expect(pod.metadata.labels?.tier).toBe("control-plane");
      const annotations = pod.metadata.annotations ?? {};
      expect(annotations["kubernetes.io/config.source"]).toBe("file");
      expect(annotations["kubernetes.io/config.mirror"]).toBe(annotations["kubernetes.io/config.hash"]);
      expect(pod.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Node", name: node.name });
    }
  });

  it("default: the flags kubeadm sets, and nothing it leaves to the binary's defaults", () => {
    const flags = flagsOf(build(false), "kube-apiserver");
    expect(flags.get("--authorization-mode")).toBe("Node,RBAC");
    expect(flags.get("--enable-admission-plugins")).toBe("NodeRestriction");
    expect(flags.get("--advertise-address")).toBe(node.ip);
    for (const absent of [
      "--anonymous-auth",
      "--profiling",
      "--encryption-provider-config",
      "--audit-log-path",
      "--audit-policy-file",
      "--kubelet-certificate-authority",
    ]) {
      expect(flags.has(absent), absent).toBe(false);
    }
    expect(flagsOf(build(false), "kube-controller-manager").get("--use-service-account-credentials")).toBe("true");
    expect(flagsOf(build(false), "kube-scheduler").has("--profiling")).toBe(false);
  });

  it("hardened: audit, encryption, anonymous auth off, profiling off", () => {
    const flags = flagsOf(build(true), "kube-apiserver");
    expect(flags.get("--anonymous-auth")).toBe("false");
    expect(flags.get("--profiling")).toBe("false");
    expect(flags.get("--audit-log-path")).toBe("/var/log/kubernetes/audit/audit.log");
    expect(flags.get("--audit-policy-file")).toBeDefined();
    expect(flags.get("--encryption-provider-config")).toBeDefined();
    expect(flags.get("--kubelet-certificate-authority")).toBe("/etc/kubernetes/pki/ca.crt");
    expect(flags.get("--authorization-mode")).toBe("Node,RBAC");
    expect(flagsOf(build(true), "kube-controller-manager").get("--profiling")).toBe("false");
    expect(flagsOf(build(true), "kube-scheduler").get("--profiling")).toBe("false");
  });

  it("applies the scenario's apiServerFlags: a value sets, null removes", () => {
    const flags = flagsOf(
      build(true, { "--profiling": "true", "--anonymous-auth": null, "--authorization-mode": "AlwaysAllow" }),
      "kube-apiserver",
    );
    expect(flags.get("--profiling")).toBe("true");
    expect(flags.has("--anonymous-auth")).toBe(false);
    expect(flags.get("--authorization-mode")).toBe("AlwaysAllow");
  });

  it("pins the etcd image kubeadm uses for the Kubernetes minor", () => {
    const etcd = build(false).find((pod) => pod.metadata.labels?.component === "etcd");
    expect((etcd?.spec as { containers: { image: string }[] }).containers[0]?.image).toBe(
      "registry.k8s.io/etcd:3.6.4-0",
    );
  });
});
