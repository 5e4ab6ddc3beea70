// Issue 5's first "Done when", on the simulator's default fleet (scenarios/default.yaml, what
// `npm run sim` serves): its talos-hardened clusters of every profile there is (an edge cluster on
// each Talos release the edges run, os:reader; a 3-control-plane core cluster with os:admin, and the
// first one on Talos v1.14), collected and evaluated by the worker's own code path (in process), read
// back through the findings API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { GET as listFindings } from "@/app/api/v1/clusters/[id]/findings/route";
import type { ClusterFindingsView, FindingView } from "@/lib/shared/finding-view";
import { readEnv } from "@/lib/server/config/read-env";
import { runCollectionJob } from "@/lib/server/jobs/run-collection-job";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { createRun } from "@/lib/server/store/runs/create-run";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { expandScenario, loadScenario } from "@/lib/sim/scenario";

const CLUSTERS = [
  { name: "edge-01", talosVersion: "v1.13.2", talosRole: "os:reader", controlPlanes: 1, nodes: 3 },
  { name: "edge-06", talosVersion: "v1.12.6", talosRole: "os:reader", controlPlanes: 1, nodes: 3 },
  { name: "core-01", talosVersion: "v1.13.2", talosRole: "os:admin", controlPlanes: 3, nodes: 7 },
  { name: "core-08", talosVersion: "v1.14.0", talosRole: "os:admin", controlPlanes: 3, nodes: 7 },
] as const;

// The 29 checks kube-bench reports as FAIL on Talos for architectural reasons (reference catalog
// §1.3, Sidero's "Talos Default Hardening and CIS Compliance"): 21 control plane, 8 worker.
const FILE_CHECKS_CONTROL_PLANE = [
  ...["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8"],
  ...["1.1.11", "1.1.12", "1.1.13", "1.1.14", "1.1.15", "1.1.16", "1.1.17", "1.1.18", "1.1.19"],
];
const FILE_CHECKS_WORKER = ["4.1.1", "4.1.5", "4.1.6", "4.1.9", "4.1.10"];
const FALSE_POSITIVES = [
  ...FILE_CHECKS_CONTROL_PLANE,
  ...["1.2.5", "1.2.6", "1.2.7", "1.2.8"],
  ...FILE_CHECKS_WORKER,
  ...["4.2.1", "4.2.2", "4.2.3"],
];
/**
 * The one expected FAIL among them: Talos never sets --kubelet-certificate-authority, so the API
 * server does not verify kubelet serving certificates. Sidero counts it as a false positive; the
 * research found the gap real (reference §1.3, §6.4), and the issue asks to report it honestly.
 */
const REAL_GAP = "1.2.5";

describe("CIS on the default fleet's hardened Talos clusters: no FAIL among kube-bench's Talos false positives", () => {
  let fleet: Fleet;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  const findings = new Map<string, FindingView[]>();

  const ofCheck = (cluster: string, cisId: string) =>
    (findings.get(cluster) ?? []).filter((finding) => finding.checkId === `cis.${cisId}`);

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const demo = await loadScenario({ path: "scenarios/default.yaml" });
    const names: readonly string[] = CLUSTERS.map((cluster) => cluster.name);
    // The clusters with their group, cycle and override settings, and their own timeline entries
    // (none: their state at day 0 is those settings).
    const clusters = expandScenario({ scenario: demo })
      .filter((entry) => names.includes(entry.name))
      .map((entry) => ({ ...entry.settings, name: entry.name }));
    const timeline = (demo.timeline ?? []).filter((entry) => names.includes(entry.cluster));
    expect(timeline).toEqual([]);
    for (const expected of CLUSTERS) {
      expect(clusters.find((cluster) => cluster.name === expected.name)).toMatchObject({
        profile: "talos-hardened",
        talosVersion: expected.talosVersion,
      });
    }
    fleet = await startSimFleet({ scenario: { ...demo, groups: [], clusters, timeline } });
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    const log = pino({ level: "silent" });
    for (const { name } of CLUSTERS) {
      const id = ids.get(name)!;
      const created = await createRun({ clusterId: id, trigger: "manual", requestedBy: "test" });
      const outcome = await runCollectionJob({ runId: created!.run.id, workerId: "test", env: readEnv(), log });
      // "partial" is allowed: a part no check here reads may be missing (the checks below say what they need).
      expect(["succeeded", "partial"], `${name}: ${JSON.stringify(outcome)}`).toContain(outcome.outcome);
      const view = (
        await callRoute({
          handler: listFindings,
          params: { id },
          path: `/api/v1/clusters/${id}/findings?framework=cis-k8s`,
          token: tokens.viewer,
        })
      ).json as ClusterFindingsView;
      expect(view.platform, name).toBe("talos");
      findings.set(name, view.items);
    }
  }, 240_000);

  afterAll(async () => {
    await fleet?.close();
  });

  it("lists 29 false positives: 21 control plane, 8 worker", () => {
    expect(FALSE_POSITIVES).toHaveLength(29);
    expect(new Set(FALSE_POSITIVES).size).toBe(29);
  });

  it.each(CLUSTERS)(
    "$name (Talos $talosVersion, $talosRole): none of the 28 architectural ones FAILs, each with evidence",
    ({ name }) => {
      for (const id of FALSE_POSITIVES.filter((candidate) => candidate !== REAL_GAP)) {
        const results = ofCheck(name, id);
        expect(results.length, `${name} ${id}`).toBeGreaterThan(0);
        for (const result of results) {
          expect(result.status, `${name} ${id}: ${result.message}`).not.toBe("FAIL");
          expect(result.evidence.length, `${name} ${id}`).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(CLUSTERS)(
    "$name: 1.2.5 is the one expected FAIL, on every control plane, with the real gap as evidence",
    ({ name, controlPlanes }) => {
      const results = ofCheck(name, REAL_GAP);
      expect(results).toHaveLength(controlPlanes);
      for (const result of results) {
        expect(result.status).toBe("FAIL");
        expect(result.message).toContain("--kubelet-certificate-authority is not set; Talos does not set it");
        expect(result.evidence[0]?.note).toMatch(
          /^Talos never sets --kubelet-certificate-authority\..*the gap is real/,
        );
      }
      const failing = FALSE_POSITIVES.filter((id) => ofCheck(name, id).some((result) => result.status === "FAIL"));
      expect(failing).toEqual([REAL_GAP]);
    },
  );

  it.each(CLUSTERS)(
    "$name: the file checks PASS per node from the Talos design, with the node's Talos version",
    ({ name, controlPlanes, nodes, talosVersion }) => {
      for (const [ids, perCheck] of [
        [FILE_CHECKS_CONTROL_PLANE, controlPlanes],
        [FILE_CHECKS_WORKER, nodes],
      ] as const) {
        for (const id of ids) {
          const results = ofCheck(name, id);
          expect(
            results.map((result) => result.status),
            `${name} ${id}`,
          ).toEqual(Array(perCheck).fill("PASS"));
          for (const result of results) {
            expect(result.subject.kind).toBe("node");
            expect(
              result.evidence.some((item) => item.note?.startsWith("Talos design")),
              `${name} ${id}`,
            ).toBe(true);
            expect(result.evidence).toContainEqual(
              expect.objectContaining({ source: expect.stringMatching(/\.version\.tag$/), value: talosVersion }),
            );
          }
        }
      }
    },
  );

  it.each(CLUSTERS)(
    "$name: 1.2.6–1.2.8 from --authorization-config, 4.2.1–4.2.3 from each kubelet's configuration",
    ({ name, talosRole, nodes }) => {
      // Whether an extra AlwaysAllow authorizer was configured shows only in the machine config (os:admin).
      const notAlwaysAllow = ofCheck(name, "1.2.6").map((result) => result.status);
      expect(new Set(notAlwaysAllow)).toEqual(new Set([talosRole === "os:admin" ? "PASS" : "UNKNOWN"]));
      for (const id of ["1.2.7", "1.2.8"]) {
        for (const result of ofCheck(name, id)) {
          expect(result.status, `${name} ${id}`).toBe("PASS");
          expect(result.evidence.some((item) => item.source.endsWith("flags.authorization-config"))).toBe(true);
        }
      }
      for (const id of ["4.2.1", "4.2.2", "4.2.3"]) {
        const results = ofCheck(name, id);
        expect(
          results.map((result) => result.status),
          `${name} ${id}`,
        ).toEqual(Array(nodes).fill("PASS"));
        expect(results[0]?.evidence[0]?.source).toMatch(/kubeletSpec\.config\./);
      }
    },
  );

  it("keeps 1.2.29 off FAIL on Talos v1.14, which serves TLS 1.3 only and sets no cipher suites", () => {
    const results = ofCheck("core-08", "1.2.29");
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(result.status).toBe("WARN");
      expect(result.message).toContain("TLS 1.3 only");
    }
  });
});
