// Test support: a simulated fleet registered through Lotse's own cluster API.
import { readFile } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { POST as createCluster } from "@/app/api/v1/clusters/route";
import { callRoute } from "@/lib/server/testing/call-route";
import { startFleet, type Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";
import type { Scenario } from "@/lib/sim/scenario";

export interface RegisteredFleet {
  fleet: Fleet;
  /** Cluster name → Lotse cluster id. */
  ids: Map<string, string>;
}

export async function startSimFleet({ scenario }: { scenario: "default" | "faults" | Scenario }): Promise<Fleet> {
  const loaded = typeof scenario === "string" ? await loadScenario({ path: `scenarios/${scenario}.yaml` }) : scenario;
  const outDir = mkdtempSync(path.join(tmpdir(), "lotse-fleet-"));
  return startFleet({ scenario: loaded, outDir });
}

/**
 * A fleet of variants of the `faults` scenario's `healthy-talos` cluster (hardened Talos, small):
 * each entry names one and may add faults or a Talos credential role.
 */
export async function startHealthyTalosVariants(
  variants: { name: string; faults?: { kube?: { latencyMs?: number } }; talosRole?: "os:reader" | "os:admin" }[],
): Promise<Fleet> {
  const faults = await loadScenario({ path: "scenarios/faults.yaml" });
  const healthy = (faults.clusters ?? []).find((cluster) => cluster.name === "healthy-talos");
  if (!healthy) throw new Error("scenarios/faults.yaml has no healthy-talos cluster");
  const clusters = variants.map(({ name, faults: extraFaults, talosRole }) => ({
    ...healthy,
    name,
    ...(extraFaults ? { faults: extraFaults } : {}),
    ...(talosRole ? { talos: { role: talosRole } } : {}),
  }));
  return startSimFleet({ scenario: { ...faults, clusters } });
}

/** Registers every cluster of a running fleet via POST /api/v1/clusters (kubeconfig + talosconfig). */
export async function registerSimFleet({
  fleet,
  adminToken,
  schedule,
}: {
  fleet: Fleet;
  adminToken: string;
  schedule?: string;
}): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const cluster of fleet.manifest.clusters) {
    const kubeconfig = await readFile(cluster.kubernetes.kubeconfig, "utf8");
    const talosconfig = cluster.talos ? await readFile(cluster.talos.talosconfig, "utf8") : undefined;
    const response = await callRoute({
      handler: createCluster,
      method: "POST",
      token: adminToken,
      body: {
        name: cluster.name,
        environment: cluster.environment,
        site: cluster.site,
        labels: cluster.labels,
        kubeconfig,
        ...(talosconfig ? { talosconfig } : {}),
        ...(schedule ? { schedule } : {}),
      },
    });
    if (response.status !== 201) throw new Error(`registering ${cluster.name} failed: ${response.text}`);
    ids.set(cluster.name, (response.json as { id: string }).id);
  }
  return ids;
}
