import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { podSecurityEvaluator } from "./evaluate-pod-security";

const falco = (desired: number, ready: number): KubeWorkload => ({
  kind: "DaemonSet",
  namespace: "falco",
  name: "falco",
  labels: {},
  owner: null,
  creationTimestamp: null,
  containers: [{ name: "falco", image: "docker.io/falcosecurity/falco:0.41.3", command: [], args: [] }],
  cronJob: null,
  job: null,
  daemonSet: { desiredNumberScheduled: desired, numberReady: ready },
});

const withFalco =
  (workload: KubeWorkload, { rules = true } = {}) =>
  (snapshot: StoredSnapshot) => {
    snapshot.kubernetes.workloads.data!.push(workload);
    if (rules) {
      snapshot.kubernetes.configMaps.data!.push({
        namespace: "falco",
        name: "falco-rules",
        labelKeys: [],
        annotationKeys: [],
        creationTimestamp: null,
        immutable: null,
      });
    }
  };

const clusterFinding = (results: Awaited<ReturnType<typeof evaluate>>) =>
  results.filter((result) => result.subject.kind === "cluster");

describe("seed.pod-security: runtime detection with Falco", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("passes Falco ready on every node with a rules ConfigMap, citing the DaemonSet and the ConfigMap", async () => {
    // The fixture has 3 nodes (1 control plane, 2 workers).
    const [finding] = clusterFinding(
      await evaluate(podSecurityEvaluator, "talos-hardened", { mutate: withFalco(falco(3, 3)) }),
    );
    expect(finding).toMatchObject({
      status: "PASS",
      message: "Falco (DaemonSet falco/falco) is ready on 3 of 3 nodes, with rules from falco/falco-rules.",
    });
  });

  it("warns when Falco skips nodes (no control-plane toleration) or has no rules ConfigMap", async () => {
    const [partial] = clusterFinding(
      await evaluate(podSecurityEvaluator, "talos-hardened", { mutate: withFalco(falco(2, 2)) }),
    );
    expect(partial).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("ready on 2 of 3 nodes (it is scheduled on 2 only"),
    });
    const [noRules] = clusterFinding(
      await evaluate(podSecurityEvaluator, "talos-hardened", { mutate: withFalco(falco(3, 3), { rules: false }) }),
    );
    expect(noRules).toMatchObject({ status: "WARN", message: expect.stringContaining("no rules ConfigMap") });
  });

  it("adds no finding where Falco does not run", async () => {
    expect(clusterFinding(await evaluate(podSecurityEvaluator, "talos-hardened"))).toEqual([]);
  });
});
