// Proof that no MachineConfig secret leaves the collector: the simulator's configs carry the
// cluster's secrets at every path Talos keeps them (reference §3.6). The secret values are taken
// from the raw config read with the admin credential (and from the simulator's secret derivation)
// before collecting, then searched for in the whole serialized result.
import { parseAllDocuments } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { deriveClusterSecrets } from "@/lib/sim/talos/derive-cluster-secrets";
import { collectTalos } from "./collect-talos";
import { createTalosClient } from "./create-talos-client";
import { startTalosFixtureCluster, type TalosFixtureCluster } from "./testing/start-talos-fixture-cluster";

const CLUSTER = "redaction-proof";
const started: TalosFixtureCluster[] = [];

// §3.6 secret paths, written out independently of the collector's own lists.
const LEGACY_SECRET_PATHS = [
  ["machine", "token"],
  ["machine", "ca", "key"],
  ["cluster", "id"],
  ["cluster", "secret"],
  ["cluster", "token"],
  ["cluster", "aescbcEncryptionSecret"],
  ["cluster", "secretboxEncryptionSecret"],
  ["cluster", "ca", "key"],
  ["cluster", "aggregatorCA", "key"],
  ["cluster", "serviceAccount", "key"],
  ["cluster", "etcd", "ca", "key"],
];
const DOCUMENT_SECRET_PATHS: Record<string, string[][]> = {
  DiscoveryIdentityConfig: [["clusterID"], ["clusterSecret"]],
  KubeAggregatorCAConfig: [["issuingCA", "key"]],
  KubeAPIServerCAConfig: [["issuingCA", "key"]],
  KubeServiceAccountConfig: [["issuer", "privateKey"]],
};

afterEach(async () => {
  await Promise.all(started.splice(0).map((cluster) => cluster.server.close()));
});

function at(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** Every `secret` value anywhere (the EncryptionConfiguration keys of KubeEtcdEncryptionConfig). */
function secretFields(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => secretFields(item, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "secret" && typeof child === "string") found.push(child);
      else secretFields(child, found);
    }
  }
  return found;
}

/** The secret values of a raw machine config, found by path. */
function secretsOfConfig(raw: string): string[] {
  const secrets: string[] = [];
  for (const document of parseAllDocuments(raw)) {
    const content = document.toJS() as Record<string, unknown>;
    const kind = typeof content.kind === "string" ? content.kind : null;
    const paths = kind === null ? LEGACY_SECRET_PATHS : (DOCUMENT_SECRET_PATHS[kind] ?? []);
    for (const path of paths) {
      const value = at(content, path);
      if (typeof value === "string" && value !== "") secrets.push(value);
    }
    if (kind === "KubeEtcdEncryptionConfig") secrets.push(...secretFields(content));
  }
  return secrets;
}

/** The forms a secret could take in JSON: itself, base64-decoded PEM, and each long line of either. */
function searchableForms(secret: string): string[] {
  const decoded = /^[A-Za-z0-9+/=]+$/.test(secret) ? Buffer.from(secret, "base64").toString("utf8") : "";
  const texts = decoded.includes("-----BEGIN") ? [secret, decoded] : [secret];
  return texts.flatMap((text) => [
    JSON.stringify(text).slice(1, -1),
    ...text.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----")),
  ]);
}

describe("MachineConfig redaction (simulator configs full of secrets)", () => {
  it.each(["1.12.4", "1.14.0"])(
    "Talos %s: no secret value and no private key PEM reaches the result",
    async (talosVersion) => {
      const cluster = await startTalosFixtureCluster({ talosVersion, clusterName: CLUSTER });
      started.push(cluster);
      const context = await cluster.contextFor(["os:admin"]);

      const client = createTalosClient({ context, timeoutMs: 5_000 });
      const secrets: string[] = [];
      try {
        for (const state of cluster.states) {
          const resource = await client.getResource<string>({
            node: state.ip,
            namespace: "config",
            type: "MachineConfigs.config.talos.dev",
            id: "v1alpha1",
          });
          const raw = resource.spec;
          const found = secretsOfConfig(raw);
          expect(found.length).toBeGreaterThanOrEqual(state.role === "controlplane" ? 8 : 3);
          // Block scalars are indented in the YAML text: check line by line.
          for (const value of found) for (const line of value.split("\n")) expect(raw).toContain(line.trim());
          if (talosVersion === "1.14.0" && state.role === "controlplane") expect(raw).toContain("PRIVATE KEY");
          secrets.push(...found);
        }
      } finally {
        client.close();
      }
      const derived = deriveClusterSecrets({ clusterName: CLUSTER, seed: 1 });
      secrets.push(
        derived.clusterId,
        derived.clusterSecret,
        derived.machineToken,
        derived.bootstrapToken,
        derived.secretboxEncryptionSecret,
        derived.osCa.key,
        derived.kubernetesCa.key,
        derived.aggregatorCa.key,
        derived.etcdCa.key,
        derived.serviceAccountKey,
      );

      const result = await collectTalos({ context, deadlineMs: 15_000, requestTimeoutMs: 5_000, concurrency: 6 });
      const machineConfigs = result.snapshot.nodes.map((node) => node.machineConfig.data);
      expect(machineConfigs.every((config) => config !== null && config.redactedPaths.length > 0)).toBe(true);
      const json = JSON.stringify(result);
      expect(json).toContain("[redacted]");
      expect(json).not.toContain("PRIVATE KEY");
      const leaked = [...new Set(secrets)].filter((secret) =>
        searchableForms(secret).some((form) => json.includes(form)),
      );
      expect(leaked).toEqual([]);
    },
    20_000,
  );
});
