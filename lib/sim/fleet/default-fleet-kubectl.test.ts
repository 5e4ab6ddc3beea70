// kubectl against the default fleet (scenarios/default.yaml, what `npm run sim` serves): a Talos edge
// cluster and a managed cloud cluster list exactly the objects their scenario entries build.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { getClusterStateAtDay, loadScenario, type Scenario } from "@/lib/sim/scenario";
import type { Fleet } from "./fleet-types";
import { startFleet } from "./start-fleet";

const run = promisify(execFile);
const KINDS = ["Namespace", "Node", "Pod", "NetworkPolicy", "ClusterRoleBinding"];

const hasKubectl = await run("kubectl", ["version", "--client"], { timeout: 10_000 }).then(
  () => true,
  () => false,
);
if (!hasKubectl)
  console.warn("default-fleet-kubectl.test.ts skipped: no `kubectl` on PATH (install kubectl to run it)");

function countByKind(objects: { kind?: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const object of objects) if (object.kind) counts[object.kind] = (counts[object.kind] ?? 0) + 1;
  return counts;
}

const hasAnonymousBinding = (objects: KubeObject[]) =>
  objects.some(
    (object) =>
      object.kind === "ClusterRoleBinding" &&
      (object.subjects as { name?: string }[] | undefined)?.some((subject) => subject.name === "system:anonymous"),
  );

describe.skipIf(!hasKubectl)("kubectl against the default fleet (skipped when kubectl is not on PATH)", () => {
  let scenario: Scenario;
  let fleet: Fleet;
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "lotse-default-fleet-"));
    scenario = await loadScenario({ path: join(process.cwd(), "scenarios", "default.yaml") });
    fleet = await startFleet({ scenario, outDir });
  }, 60_000);

  afterAll(async () => {
    await fleet?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  // Node counts as scenarios/default.yaml sets them; edge-03 got its system:anonymous binding on day -60.
  it.each([
    { name: "edge-03", profile: "talos-drifted", environment: "edge", nodes: 3, isAnonymousBound: true },
    { name: "cloud-01", profile: "managed", environment: "cloud", nodes: 4, isAnonymousBound: false },
  ])(
    "kubectl get ns,nodes,pods,networkpolicies,clusterrolebindings -A on $name ($profile) lists what the scenario builds",
    { timeout: 30_000 },
    async ({ name, profile, environment, nodes, isAnonymousBound }) => {
      const cluster = fleet.manifest.clusters.find((candidate) => candidate.name === name)!;
      expect(cluster).toMatchObject({ profile, environment });
      const { stdout } = await run(
        "kubectl",
        [
          "--kubeconfig",
          cluster.kubernetes.kubeconfig,
          "--cache-dir",
          join(outDir, "kubectl-cache"),
          "--request-timeout",
          "10s",
          "get",
          "ns,nodes,pods,networkpolicies,clusterrolebindings",
          "-A",
          "-o",
          "json",
        ],
        { timeout: 25_000, maxBuffer: 64 * 1024 * 1024 },
      );
      const listed = (JSON.parse(stdout) as { kind: string; items: KubeObject[] }).items;

      const built = getClusterStateAtDay({
        scenario,
        clusterName: name,
        day: fleet.manifest.day,
        referenceTime: new Date(fleet.manifest.referenceTime),
      }).cluster.objects.filter((object) => KINDS.includes(object.kind));
      const counts = countByKind(listed);
      expect(counts).toEqual(countByKind(built));
      expect(counts).toMatchObject({ Node: nodes, Pod: cluster.podCount });
      expect(Object.keys(counts).sort()).toEqual([...KINDS].sort());
      expect(hasAnonymousBinding(listed)).toBe(isAnonymousBound);
    },
  );
});
