// The Talos collector with reader and admin credentials against the simulated apid: which parts
// need os:admin on which Talos version, and which nodes are read.
import { afterEach, describe, expect, it } from "vitest";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import { collectTalos, type CollectTalosOptions } from "./collect-talos";
import { createTalosClient, type CreateTalosClientOptions, type TalosClient } from "./create-talos-client";
import { startTalosFixtureCluster, type TalosFixtureCluster } from "./testing/start-talos-fixture-cluster";

const OPTIONS = { deadlineMs: 15_000, requestTimeoutMs: 5_000, concurrency: 6 };
const TEST_TIMEOUT = { timeout: 20_000 };
const NEEDS_ADMIN = "not readable with this credential (needs os:admin)";
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

/** Records the resource types and methods each client call asked for. */
function recordingFactory(calls: string[]): CollectTalosOptions["createClient"] {
  return (options: CreateTalosClientOptions): TalosClient => {
    const client = createTalosClient(options);
    return {
      ...client,
      endpoint: client.endpoint,
      version: (call) => (calls.push("Version"), client.version(call)),
      getResource: (call) => (calls.push(call.type), client.getResource(call)),
      listResources: (call) => (calls.push(call.type), client.listResources(call)),
      callMachine: (call) => (calls.push(call.method), client.callMachine(call)),
      close: () => client.close(),
    };
  };
}

describe("collectTalos: credential roles", () => {
  it(
    "reader on v1.12: apiserver flags, SecurityState, kernel params and cmdline; admin-only parts forbidden",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start();
      const calls: string[] = [];
      const { snapshot, errors } = await collectTalos({
        context: await cluster.contextFor(["os:reader"]),
        ...OPTIONS,
        createClient: recordingFactory(calls),
      });
      expect(snapshot.credential).toMatchObject({ roles: ["os:reader"], canReadSensitive: false });
      expect(errors.map((error) => [error.target, error.kind, error.message]).sort()).toEqual(
        [
          ...["10.7.0.2", "10.7.0.3", "10.7.0.5", "10.7.0.6"].map((node) => `talos:node/${node}:MachineConfig`),
          ...["10.7.0.2", "10.7.0.3"].map((node) => `talos:node/${node}:AuditPolicyConfig`),
        ]
          .map((target) => [target, "forbidden", NEEDS_ADMIN])
          .sort(),
      );
      expect(calls).not.toContain("MachineConfigs.config.talos.dev");
      expect(calls).not.toContain("AuditPolicyConfigs.kubernetes.talos.dev");
      const cp = nodeOf(snapshot.nodes, "10.7.0.2");
      expect(cp.staticPods.data?.[0]?.flags["tls-min-version"]).toBeDefined();
      expect(cp.securityState.data?.secureBoot).toBe(true);
      expect(cp.kernelParams.data?.length).toBeGreaterThan(20);
      expect(cp.kernelCmdline.data?.cmdline).toContain("pti=on");
      // Before 1.14 these were not sensitive: a reader gets them.
      expect(cp.apiServerConfig.data).not.toBeNull();
      expect(cp.kubeletSpec.data).not.toBeNull();
      expect(cp.machineConfig).toEqual({
        data: null,
        errors: [{ target: "talos:node/10.7.0.2:MachineConfig", kind: "forbidden", message: NEEDS_ADMIN }],
      });
    },
  );

  it(
    "reader on v1.14: APIServerConfig, KubeletConfig and KubeletSpec became admin-only and are not requested",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start({ talosVersion: "1.14.0" });
      const calls: string[] = [];
      const { snapshot, errors } = await collectTalos({
        context: await cluster.contextFor(["os:reader"]),
        ...OPTIONS,
        createClient: recordingFactory(calls),
      });
      expect(new Set(errors.map((error) => `${error.kind}:${error.message}`))).toEqual(
        new Set([`forbidden:${NEEDS_ADMIN}`]),
      );
      const forbiddenParts = new Set(errors.map((error) => error.target.split(":").at(-1)));
      expect(forbiddenParts).toEqual(
        new Set([
          "MachineConfig",
          "AuditPolicyConfig",
          "APIServerConfig",
          "KubeletConfig",
          "KubeletSpec",
          "EtcdEncryptionConfig",
        ]),
      );
      for (const type of [
        "APIServerConfigs.kubernetes.talos.dev",
        "KubeletConfigs.kubernetes.talos.dev",
        "KubeletSpecs.kubernetes.talos.dev",
        "MachineConfigs.config.talos.dev",
      ]) {
        expect(calls).not.toContain(type);
      }
      const cp = nodeOf(snapshot.nodes, "10.7.0.2");
      expect(cp.staticPods.data?.[0]?.flags["anonymous-auth"]).toBeUndefined();
      expect(cp.staticPods.data?.[0]?.flags["authentication-config"]).toContain("authentication-config.yaml");
      expect(cp.securityState.data?.moduleSignatureEnforced).toBe(true);
      expect(cp.kernelCmdline.data?.tokens).toContainEqual({ key: "proc_mem.force_override", value: "never" });
      expect(nodeOf(snapshot.nodes, "10.7.0.5").kubeletSpec.errors[0]?.kind).toBe("forbidden");
    },
  );

  it("admin on v1.14: multi-document config redacted, APIServerConfig read", TEST_TIMEOUT, async () => {
    const cluster = await start({ talosVersion: "1.14.0" });
    const { snapshot, errors } = await collectTalos({ context: await cluster.contextFor(["os:admin"]), ...OPTIONS });
    // The simulator does not serve EtcdEncryptionConfig; a type a node does not serve is not-found.
    expect(errors.map((error) => [error.target, error.kind])).toEqual([
      ["talos:node/10.7.0.2:EtcdEncryptionConfig", "not-found"],
      ["talos:node/10.7.0.3:EtcdEncryptionConfig", "not-found"],
    ]);
    const cp = nodeOf(snapshot.nodes, "10.7.0.2");
    expect(cp.apiServerConfig.data?.useAuthenticationConfig).toBe(true);
    const kinds = cp.machineConfig.data?.documents.map((document) => document.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(["v1alpha1", "KubeEtcdEncryptionConfig", "KubeServiceAccountConfig"]));
    expect(cp.machineConfig.data?.redactedPaths).toEqual(
      expect.arrayContaining([
        "KubeEtcdEncryptionConfig:config.resources[0].providers[0].secretbox.keys[0].secret",
        "KubeServiceAccountConfig:issuer.privateKey",
        "DiscoveryIdentityConfig:clusterSecret",
      ]),
    );
  });

  it(
    "reads the endpoint node itself when neither the talosconfig nor Kubernetes name a node",
    TEST_TIMEOUT,
    async () => {
      const cluster = await start();
      const context = await cluster.contextFor(["os:reader"]);
      const { snapshot } = await collectTalos({ context: { ...context, nodes: [] }, ...OPTIONS });
      expect(snapshot.nodes.map((node) => [node.node, node.sources, node.machineType.data])).toEqual([
        ["127.0.0.1", ["endpoint"], "controlplane"],
      ]);
      expect(snapshot.nodes[0]?.staticPods.data).toHaveLength(3);
    },
  );

  it("merges Kubernetes nodes into the talosconfig nodes; an unknown address fails alone", TEST_TIMEOUT, async () => {
    const cluster = await start({ nodes: [{ hostname: "cp-1", ip: "10.7.0.2", role: "controlplane" }] });
    const { snapshot, errors } = await collectTalos({
      context: await cluster.contextFor(["os:reader"]),
      nodes: [
        { name: "cp-1", address: "10.7.0.2", role: "controlplane" },
        { name: "w-9", address: "10.7.0.99", role: "worker" },
      ],
      ...OPTIONS,
    });
    expect(snapshot.nodes.map((node) => [node.node, node.kubernetesName, node.sources])).toEqual([
      ["10.7.0.2", "cp-1", ["talosconfig", "kubernetes"]],
      ["10.7.0.99", "w-9", ["kubernetes"]],
    ]);
    const ghost = nodeOf(snapshot.nodes, "10.7.0.99");
    expect(ghost.securityState.errors).toEqual([
      { target: "talos:node/10.7.0.99", kind: "unreachable", message: expect.stringContaining("no route to host") },
    ]);
    expect(errors.filter((error) => error.target.startsWith("talos:node/10.7.0.2"))).toEqual([
      { target: "talos:node/10.7.0.2:MachineConfig", kind: "forbidden", message: NEEDS_ADMIN },
      { target: "talos:node/10.7.0.2:AuditPolicyConfig", kind: "forbidden", message: NEEDS_ADMIN },
    ]);
  });
});
