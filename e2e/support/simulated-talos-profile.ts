import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { startFleet } from "@/lib/sim/fleet";
import { parseScenario } from "@/lib/sim/scenario";

/** A simulated Talos cluster of a chosen platform profile, with optional per-node drift. */
export interface SimulatedTalosProfile {
  simName: string;
  kubeconfigPath: string;
  talosconfigPath: string;
  /** Kubernetes node name of each node suffix, e.g. `w-02` → `e2e-drift-w-02`. */
  nodeName: (suffix: string) => string;
  stop: () => Promise<void>;
}

export interface SimulatedTalosProfileOptions {
  name: string;
  profile: "talos-hardened" | "talos-default" | "talos-drifted";
  nodes: { controlPlanes: number; workers: number };
  /** `machine.sysctls`-style overrides per node suffix, on top of the profile's own drift. */
  nodeSysctls?: Record<string, Record<string, string>>;
}

/**
 * Starts one simulated Talos cluster of `profile` in this process (both APIs on 127.0.0.1
 * ephemeral ports) and writes its credentials to a temporary directory. The shared
 * `startSimulatedCluster` has one fixed hardened cluster; node views need drift and peers.
 */
export async function startSimulatedTalosProfile({
  name,
  profile,
  nodes,
  nodeSysctls = {},
}: SimulatedTalosProfileOptions): Promise<SimulatedTalosProfile> {
  const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-sim-profile-"));
  const nodeDrift = Object.fromEntries(Object.entries(nodeSysctls).map(([node, sysctls]) => [node, { sysctls }]));
  const scenario = parseScenario({
    text: JSON.stringify({
      name: "e2e-profile",
      seed: 4712,
      defaults: { kubernetesVersion: "1.36.1", talosVersion: "v1.13.2" },
      clusters: [{ name, environment: "edge", site: "north-pier", profile, nodes, talos: { nodeDrift } }],
    }),
  });
  const fleet = await startFleet({ scenario, outDir });
  const stop = async () => {
    await fleet.close();
    await rm(outDir, { recursive: true, force: true });
  };
  const cluster = fleet.manifest.clusters[0];
  if (!cluster?.talos) {
    await stop();
    throw new Error("the simulated profile must start one Talos cluster");
  }
  return {
    simName: cluster.name,
    kubeconfigPath: cluster.kubernetes.kubeconfig,
    talosconfigPath: cluster.talos.talosconfig,
    nodeName: (suffix) => `${cluster.name}-${suffix}`,
    stop,
  };
}

/**
 * Registers the simulated cluster through the API as the caller of `request` (an admin), asks for
 * a collection at once and waits until a run stored a snapshot; returns the cluster id.
 */
export async function registerAndCollect({
  request,
  baseURL,
  sim,
  name,
  timeoutMs = 60_000,
}: {
  request: APIRequestContext;
  baseURL: string;
  sim: SimulatedTalosProfile;
  name: string;
  timeoutMs?: number;
}): Promise<string> {
  const created = await request.post("/api/v1/clusters", {
    headers: { origin: baseURL },
    data: {
      name,
      environment: "edge",
      site: "North pier",
      // No slot of this schedule falls inside a test: only the collection asked for below runs.
      schedule: "0 0 1 1 *",
      kubeconfig: await readFile(sim.kubeconfigPath, "utf8"),
      kubeContext: sim.simName,
      talosconfig: await readFile(sim.talosconfigPath, "utf8"),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  const collect = await request.post(`/api/v1/clusters/${id}/collect`, { headers: { origin: baseURL } });
  expect(collect.status(), await collect.text()).toBe(202);
  await expect
    .poll(
      async () => {
        const runs = await request.get(`/api/v1/clusters/${id}/runs`);
        const items = ((await runs.json()) as { items: { status: string; snapshotHash: string | null }[] }).items;
        return items.some((run) => ["succeeded", "partial"].includes(run.status) && run.snapshotHash !== null);
      },
      { timeout: timeoutMs, intervals: [1_000] },
    )
    .toBe(true);
  return id;
}
