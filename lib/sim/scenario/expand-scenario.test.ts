import { describe, expect, it } from "vitest";
import { expandScenario } from "./expand-scenario";
import { parseScenario } from "./parse-scenario";
import { resolveScenario } from "./resolve-scenario";

const text = `
seed: 3
environments: { edge: { latencyMs: 80 } }
defaults: { kubernetesVersion: 1.35.2, labels: { owner: platform } }
groups:
  - name: edge-{n:02}
    count: 12
    environment: edge
    profile: talos-hardened
    labels: { tier: edge }
    cycle: { site: [north, south, east], talosVersion: [v1.13.2, v1.12.6] }
    overrides:
      - { index: 3, profile: talos-drifted }
      - { name: edge-12, faults: { kube: { latencyMs: 5 } } }
  - { name: "dc-{n}", count: 2, start: 7, profile: kubeadm-default }
clusters:
  - { name: cloud, profile: managed, nodes: { controlPlanes: 3, workers: 4 } }
`;

describe("expandScenario", () => {
  const scenario = parseScenario({ text });

  it("expands groups into numbered clusters, then explicit clusters", () => {
    const names = expandScenario({ scenario }).map((entry) => entry.name);
    expect(names).toHaveLength(15);
    expect(names.slice(0, 3)).toEqual(["edge-01", "edge-02", "edge-03"]);
    expect(names.slice(11)).toEqual(["edge-12", "dc-7", "dc-8", "cloud"]);
  });

  it("hands out cycle values round-robin and applies overrides by index and name", () => {
    const specs = resolveScenario({ scenario });
    const byName = new Map(specs.map((spec) => [spec.name, spec]));
    expect(specs.slice(0, 4).map((spec) => spec.site)).toEqual(["north", "south", "east", "north"]);
    expect(specs.slice(0, 3).map((spec) => spec.talosVersion)).toEqual(["v1.13.2", "v1.12.6", "v1.13.2"]);
    expect(specs.filter((spec) => spec.profile === "talos-drifted").map((spec) => spec.name)).toEqual(["edge-03"]);
    expect(byName.get("edge-12")?.faults.kube.latencyMs).toBe(5);
    expect(byName.get("edge-11")?.faults).toEqual({ kube: { latencyMs: 80 }, talos: { latencyMs: 80 } });
    expect(byName.get("edge-01")?.labels).toEqual({ owner: "platform", tier: "edge" });
    expect(byName.get("dc-7")?.talosVersion).toBeUndefined();
  });

  it("hides the control plane of managed clusters", () => {
    const cloud = resolveScenario({ scenario }).find((spec) => spec.name === "cloud");
    expect([cloud?.controlPlanes, cloud?.workers]).toEqual([0, 4]);
  });

  it("gives each cluster its own seed, independent of the others", () => {
    const again = parseScenario({ text: text.replace("count: 12", "count: 13").replace("edge-12", "edge-13") });
    const seedOf = (specs: ReturnType<typeof resolveScenario>, name: string) =>
      specs.find((spec) => spec.name === name)?.seed;
    expect(seedOf(resolveScenario({ scenario: again }), "edge-05")).toBe(
      seedOf(resolveScenario({ scenario }), "edge-05"),
    );
    expect(new Set(resolveScenario({ scenario }).map((spec) => spec.seed)).size).toBe(15);
  });
});
