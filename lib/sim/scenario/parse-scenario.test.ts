import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "./load-scenario";
import { MAX_SCENARIO_BYTES, parseScenario } from "./parse-scenario";
import { ScenarioError } from "./scenario-error";

function issuesOf(text: string): { path: string; message: string }[] {
  try {
    parseScenario({ text, source: "test.yaml" });
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error("the scenario was accepted");
}

describe("parseScenario", () => {
  it("accepts a small scenario with groups, clusters and a timeline", () => {
    const scenario = parseScenario({
      text: [
        "seed: 7",
        "groups:",
        "  - { name: 'edge-{n:02}', count: 3, profile: talos-hardened }",
        "clusters:",
        "  - { name: hq, profile: kubeadm-default }",
        "timeline:",
        "  - { day: -10, cluster: edge-02, change: { profile: talos-drifted } }",
      ].join("\n"),
    });
    expect(scenario.seed).toBe(7);
    expect(scenario.groups?.[0]?.count).toBe(3);
  });

  it.each([
    [
      "seed: 1\ngroups:\n  - { name: 'a-{n}', count: 2, faults: { kube: { errorRate: 1.5 } } }",
      "groups[0].faults.kube.errorRate",
    ],
    ["seed: 1\nclusters:\n  - { name: a, workload: { namespaces: 2 } }", "clusters[0]"],
    ["seed: 1\nclusters:\n  - { name: a, profile: talos-secure }", "clusters[0].profile"],
    ["seed: 1\nclusters:\n  - { name: a, talosVersion: v1.9.0 }", "clusters[0].talosVersion"],
    ["seed: 1\nclusters:\n  - { name: Bad_Name }", "clusters[0].name"],
    ["seed: 1\nclusters:\n  - { name: a, etcdBackup: { schedule: every day } }", "clusters[0].etcdBackup.schedule"],
    ["seed: -1", "seed"],
    ["clusters: []", "seed"],
  ])("names the bad field: %s", (text, path) => {
    const issues = issuesOf(text);
    expect(issues.map((issue) => issue.path)).toContain(path);
  });

  it("reports references that do not resolve, with their paths", () => {
    const issues = issuesOf(
      [
        "seed: 1",
        "groups:",
        "  - name: edge-{n:02}",
        "    count: 3",
        "    overrides:",
        "      - { index: 4, profile: talos-default }",
        "      - { name: edge-09 }",
        "      - { profile: talos-default }",
        "clusters:",
        "  - { name: edge-01 }",
        "timeline:",
        "  - { day: -1, cluster: nowhere, change: {} }",
      ].join("\n"),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "groups[0].overrides[0].index", message: expect.stringContaining("no cluster 4") },
        { path: "groups[0].overrides[1].name", message: expect.stringContaining("edge-09") },
        { path: "groups[0].overrides[2]", message: "give exactly one of index or name" },
        { path: "clusters[0].name", message: expect.stringContaining("already used by groups[0]") },
        { path: "timeline[0].cluster", message: expect.stringContaining("nowhere") },
      ]),
    );
  });

  it("reports unknown node names in Talos drift and faults, also in timeline states", () => {
    const issues = issuesOf(
      [
        "seed: 1",
        "clusters:",
        "  - { name: a, nodes: { workers: 1 }, faults: { talos: { unreachableNodes: [w-05] } } }",
        "timeline:",
        "  - { day: -3, cluster: a, change: { talos: { nodeDrift: { w-07: { secureBoot: false } } } } }",
      ].join("\n"),
    );
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        "clusters[0].faults.talos.unreachableNodes[0]",
        "clusters[0] (with timeline changes up to day -3).talos.nodeDrift.w-07",
      ]),
    );
  });

  it("needs {n} in the name of a group of several clusters", () => {
    expect(issuesOf("seed: 1\ngroups:\n  - { name: edge, count: 2 }")).toContainEqual({
      path: "groups[0].name",
      message: expect.stringContaining("{n}"),
    });
  });

  it("reports YAML syntax errors with line and column", () => {
    const issues = issuesOf("seed: 1\nclusters:\n  - name: [a\n");
    expect(issues[0]?.path).toMatch(/^line \d+, column \d+$/);
  });

  it("refuses duplicate keys", () => {
    expect(issuesOf("seed: 1\nseed: 2\n")[0]?.message).toMatch(/unique/i);
  });

  it("refuses an alias bomb without expanding it", () => {
    const lines = ["seed: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 10; level += 1) {
      const previous = `*a${level - 1}`;
      lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => previous).join(", ")}]`);
    }
    const issues = issuesOf(lines.join("\n"));
    expect(issues[0]?.message).toMatch(/alias/i);
  }, 5_000);

  it("refuses oversized text", () => {
    const text = `seed: 1\ndescription: "${"x".repeat(MAX_SCENARIO_BYTES)}"\n`;
    expect(issuesOf(text)[0]?.message).toContain("larger than");
  });

  it("refuses a top level that is not a mapping", () => {
    expect(issuesOf("- seed: 1\n")[0]?.message).toContain("mapping");
  });
});

describe("loadScenario", () => {
  it("refuses an oversized file before reading it, and a missing file", async () => {
    const directory = await mkdtemp(join(tmpdir(), "lotse-scenario-"));
    try {
      const big = join(directory, "big.yaml");
      await writeFile(big, Buffer.alloc(MAX_SCENARIO_BYTES + 1, 0x20));
      await expect(loadScenario({ path: big })).rejects.toThrow(/larger than/);
      await expect(loadScenario({ path: join(directory, "missing.yaml") })).rejects.toThrow(ScenarioError);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("loads the shipped scenarios", async () => {
    for (const name of ["default", "faults", "scale"]) {
      const scenario = await loadScenario({ path: join(process.cwd(), "scenarios", `${name}.yaml`) });
      expect(scenario.name).toBe(name);
    }
  });
});
