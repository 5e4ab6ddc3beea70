import { scaleScenario } from "@/lib/server/history/scale-scenario";
import { loadScenario, type Scenario } from "@/lib/sim/scenario";

export const DEFAULT_SCENARIO = "scenarios/default.yaml";

/** The demo's port authority resized to `clusters` (latency mix on-prem 2 ms / cloud 20 ms / edge 80 ms kept). */
export async function loadFleetScenario({ clusters }: { clusters: number }): Promise<Scenario> {
  const base = await loadScenario({ path: DEFAULT_SCENARIO });
  return clusters === 30 && (base.groups ?? []).reduce((sum, group) => sum + group.count, 0) === 30
    ? base
    : scaleScenario({ scenario: base, clusters });
}

/**
 * One large on-prem Talos cluster: `nodes` nodes (3 control planes) and `pods` application pods
 * (namespaces × 10 deployments × 10 replicas), besides the system pods.
 */
export async function loadBigClusterScenario({ nodes, pods }: { nodes: number; pods: number }): Promise<Scenario> {
  const base = await loadScenario({ path: DEFAULT_SCENARIO });
  return {
    version: 1,
    name: `big-${nodes}-nodes`,
    seed: base.seed,
    environments: base.environments,
    defaults: base.defaults,
    groups: [],
    clusters: [
      {
        name: "big-01",
        environment: "on-prem",
        site: "dc-waltershof",
        profile: "talos-hardened",
        nodes: { controlPlanes: 3, workers: nodes - 3 },
        workloads: { namespaces: Math.max(1, Math.round(pods / 100)), deploymentsPerNamespace: 10, replicas: 10 },
      },
    ],
    timeline: [],
  };
}
