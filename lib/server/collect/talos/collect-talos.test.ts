// The Talos collector against the simulated apid (real mTLS, `node` routing, machined's RBAC):
// what it reads per node for each posture and Talos version.
import { afterEach, describe, expect, it } from "vitest";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import { collectTalos } from "./collect-talos";
import { startTalosFixtureCluster, type TalosFixtureCluster } from "./testing/start-talos-fixture-cluster";

const OPTIONS = { deadlineMs: 15_000, requestTimeoutMs: 5_000, concurrency: 6 };
const TEST_TIMEOUT = { timeout: 20_000 };
const started: TalosFixtureCluster[] = [];

async function start(options: Parameters<typeof startTalosFixtureCluster>[0] = {}) {
  const cluster = await startTalosFixtureCluster(options);
  started.push(cluster);
  return cluster;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((cluster) => cluster.server.close()));
});

function nodeOf(nodes: TalosNodeSnapshot[], address: string): TalosNodeSnapshot {
  const node = nodes.find((candidate) => candidate.node === address);
  if (!node) throw new Error(`no node ${address}`);
  return node;
}

function param(node: TalosNodeSnapshot, key: string) {
  return node.kernelParams.data?.find((candidate) => candidate.key === key);
}

describe("collectTalos: posture per node", () => {
  it("reads every part of a hardened v1.12 cluster with an admin credential", TEST_TIMEOUT, async () => {
    const cluster = await start({ variant: "hardened" });
    const { snapshot, errors } = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
    expect(errors).toEqual([]);
    expect(snapshot.endpoint.data).toEqual({ endpoint: cluster.server.endpoint, talosVersion: "v1.12.4" });
    expect(snapshot.credential).toMatchObject({ roles: ["os:admin"], canReadSensitive: true });
    expect(snapshot.nodes.map((node) => [node.node, node.machineType.data])).toEqual([
      ["10.7.0.2", "controlplane"],
      ["10.7.0.3", "controlplane"],
      ["10.7.0.5", "worker"],
      ["10.7.0.6", "worker"],
    ]);

    const cp = nodeOf(snapshot.nodes, "10.7.0.2");
    expect(cp.version.data).toMatchObject({ tag: "v1.12.4", minor: 12, os: "linux", arch: "amd64" });
    expect(cp.securityState.data).toMatchObject({
      secureBoot: true,
      bootedWithUKI: true,
      selinux: "enforcing",
      fips: "disabled",
      moduleSignatureEnforced: true,
    });
    expect(cp.securityState.data?.pcrSigningKeyFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(param(cp, "proc.sys.kernel.kptr_restrict")).toEqual({
      key: "proc.sys.kernel.kptr_restrict",
      current: "2",
      default: "0",
      unsupported: false,
    });
    expect(cp.kernelParams.data).toHaveLength(cluster.states[0]?.kernelParams.length ?? -1);
    expect(cp.kernelCmdline.data?.tokens).toEqual(
      expect.arrayContaining([
        { key: "slab_nomerge", value: null },
        { key: "pti", value: "on" },
        { key: "module.sig_enforce", value: "1" },
        { key: "lockdown", value: "confidentiality" },
      ]),
    );
    expect(cp.services.data?.find((service) => service.id === "etcd")).toEqual({
      id: "etcd",
      state: "Running",
      isRunning: true,
      isHealthy: true,
    });
    expect(cp.services.data?.find((service) => service.id === "machined")?.isHealthy).toBeNull();

    expect(cp.staticPods.isApplicable).toBe(true);
    expect(cp.staticPods.data?.map((pod) => pod.component)).toEqual([
      "kube-apiserver",
      "kube-controller-manager",
      "kube-scheduler",
    ]);
    const apiServer = cp.staticPods.data?.[0];
    expect(apiServer?.image).toBe("registry.k8s.io/kube-apiserver:v1.35.0");
    expect(apiServer?.flags).toMatchObject({
      "anonymous-auth": "false",
      profiling: "false",
      "enable-admission-plugins": "NodeRestriction",
      "audit-policy-file": expect.stringContaining("auditpolicy.yaml"),
    });
    expect(cp.admissionControl.data?.podSecurity).toEqual({
      apiVersion: "pod-security.admission.config.k8s.io/v1alpha1",
      defaults: {
        enforce: "baseline",
        enforceVersion: "latest",
        audit: "restricted",
        auditVersion: "latest",
        warn: "restricted",
        warnVersion: "latest",
      },
      exemptions: { namespaces: ["kube-system"], usernames: [], runtimeClasses: [] },
    });
    expect(cp.apiServerConfig.data).toMatchObject({ localPort: 6443, etcdServers: ["https://127.0.0.1:2379"] });
    expect(cp.auditPolicy.data).toMatchObject({ kind: "Policy", ruleLevels: ["Metadata"] });
    expect(cp.etcdEncryption).toEqual({ data: null, errors: [], isApplicable: false });
    const memberIds = cluster.states.slice(0, 2).map((state) => state.etcdMemberId);
    expect(cp.etcdMembers.data?.map((member) => [member.hostname, member.id])).toEqual([
      ["cp-1", memberIds[0]],
      ["cp-2", memberIds[1]],
    ]);
    expect(cp.etcdStatus.data).toMatchObject({ memberId: memberIds[0], isLeader: true, errors: [] });
    expect(nodeOf(snapshot.nodes, "10.7.0.3").etcdStatus.data).toMatchObject({
      memberId: memberIds[1],
      leaderId: memberIds[0],
      isLeader: false,
    });
    expect(cp.kubeletSpec.data?.config).toMatchObject({
      anonymousAuthEnabled: false,
      authorizationMode: "Webhook",
      protectKernelDefaults: true,
    });
    expect(cp.kubeletSpec.data?.flags).toMatchObject({ "node-ip": "10.7.0.2" });
    expect(cp.kubeletConfig.data).toMatchObject({ defaultRuntimeSeccompEnabled: true, clusterDomain: "cluster.local" });
    expect(cp.machineConfig.data?.documents.map((document) => document.kind)).toEqual(["v1alpha1"]);
    expect(cp.machineConfig.data?.redactedPaths).toContain("v1alpha1:cluster.secretboxEncryptionSecret");

    const worker = nodeOf(snapshot.nodes, "10.7.0.5");
    for (const part of [worker.staticPods, worker.admissionControl, worker.etcdMembers, worker.auditPolicy]) {
      expect(part).toEqual({ data: null, errors: [], isApplicable: false });
    }
    expect(worker.services.data?.map((service) => service.id)).not.toContain("etcd");
    expect(worker.kubeletSpec.data?.flags).toMatchObject({ "node-ip": "10.7.0.5" });
  });

  it(
    "tells default and drifted nodes apart: Secure Boot, SELinux, sysctl overrides (current vs default)",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start({
        nodes: [
          { hostname: "cp-1", ip: "10.7.0.2", role: "controlplane", variant: "default" },
          {
            hostname: "w-1",
            ip: "10.7.0.5",
            role: "worker",
            variant: "drifted",
            drift: { sysctls: { "kernel.dmesg_restrict": "0" }, selinux: "disabled", moduleSignatureEnforced: false },
          },
        ],
      });
      const { snapshot, errors } = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
      expect(errors).toEqual([]);
      const defaults = nodeOf(snapshot.nodes, "10.7.0.2");
      expect(defaults.securityState.data).toMatchObject({
        secureBoot: false,
        selinux: "permissive",
        moduleSignatureEnforced: true,
      });
      expect(defaults.securityState.data?.pcrSigningKeyFingerprint).toBeNull();
      expect(param(defaults, "proc.sys.kernel.kptr_restrict")?.current).toBe("2");

      const drifted = nodeOf(snapshot.nodes, "10.7.0.5");
      expect(drifted.securityState.data).toMatchObject({
        secureBoot: false,
        selinux: "disabled",
        moduleSignatureEnforced: false,
      });
      expect(param(drifted, "proc.sys.kernel.kptr_restrict")).toMatchObject({ current: "1", default: "0" });
      expect(param(drifted, "proc.sys.net.core.bpf_jit_harden")).toMatchObject({ current: "1" });
      expect(param(drifted, "proc.sys.kernel.dmesg_restrict")).toMatchObject({ current: "0" });
      expect(param(drifted, "proc.sys.kernel.yama.ptrace_scope")?.current).toBe("2");
      expect(drifted.kernelCmdline.data?.tokens.map((token) => token.key)).not.toContain("module.sig_enforce");
      const content = drifted.machineConfig.data?.documents[0]?.content as { machine?: { sysctls?: unknown } };
      expect(content.machine?.sysctls).toEqual({
        "kernel.kptr_restrict": "1",
        "net.core.bpf_jit_harden": "1",
        "kernel.dmesg_restrict": "0",
      });
    },
  );

  it(
    "shows a weakened Pod Security default and kube-apiserver override of a drifted control plane",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start({
        nodes: [
          {
            hostname: "cp-1",
            ip: "10.7.0.2",
            role: "controlplane",
            variant: "drifted",
            drift: { podSecurityEnforce: "privileged", apiServerExtraArgs: { profiling: "true" } },
          },
        ],
      });
      const { snapshot } = await collectTalos({ context: await cluster.contextFor(["os:reader"]), ...OPTIONS });
      const cp = nodeOf(snapshot.nodes, "10.7.0.2");
      expect(cp.admissionControl.data?.podSecurity?.defaults.enforce).toBe("privileged");
      expect(cp.staticPods.data?.[0]?.flags.profiling).toBe("true");
      expect(cp.apiServerConfig.data?.extraArgs).toEqual({ profiling: ["true"] });
    },
  );
});
