import type { KubeObject } from "@/lib/sim/model";
import { buildCluster, type BuiltCluster } from "../build-cluster";
import { parseScenario } from "../parse-scenario";
import { resolveScenario } from "../resolve-scenario";

/** Fixed "today" of the scenario tests, so timestamps in assertions never depend on the clock. */
export const TEST_REFERENCE_TIME = new Date("2026-11-20T12:00:00Z");

/** Builds every cluster of a scenario given as YAML text, at day `day`. */
export function buildTestClusters({ yaml, day = 0 }: { yaml: string; day?: number }): BuiltCluster[] {
  const scenario = parseScenario({ text: yaml });
  return resolveScenario({ scenario, day }).map((spec) =>
    buildCluster({ spec, referenceTime: TEST_REFERENCE_TIME, day }),
  );
}

/** The one cluster of a scenario with a single `clusters` entry, written as its settings. */
export function buildTestCluster({ settings, seed = 1 }: { settings: string; seed?: number }): BuiltCluster {
  const [cluster] = buildTestClusters({
    yaml: `seed: ${seed}\nclusters:\n  - name: test\n${settings.replace(/^/gm, "    ")}\n`,
  });
  if (!cluster) throw new Error("no cluster built");
  return cluster;
}

export function objectsOfKind(cluster: BuiltCluster, kind: string): KubeObject[] {
  return cluster.cluster.objects.filter((object) => object.kind === kind);
}
