import { loadScenario } from "../load-scenario";
import type { Scenario } from "../scenario-schema";

/**
 * The default demo fleet cut down to one cluster of each named group (e.g. `edge-{n:02}`), without
 * the groups' per-cluster overrides, the explicit clusters and the timeline: a small, realistic
 * fleet for tests.
 */
export async function loadDemoGroups({ groups }: { groups: string[] }): Promise<Scenario> {
  const demo = await loadScenario({ path: "scenarios/default.yaml" });
  const picked = (demo.groups ?? [])
    .filter((group) => groups.includes(group.name))
    .map((group) => ({ ...group, count: 1, overrides: undefined }));
  if (picked.length !== groups.length) throw new Error(`scenarios/default.yaml lacks a group of ${groups.join(", ")}`);
  return { ...demo, groups: picked, clusters: [], timeline: [] };
}
