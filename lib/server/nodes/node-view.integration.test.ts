import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { GET as listNodes } from "@/app/api/v1/clusters/[id]/nodes/route";
import { GET as getNode } from "@/app/api/v1/clusters/[id]/nodes/[node]/route";
import { GET as getRun } from "@/app/api/v1/runs/[id]/route";
import type { NodeDetailView, NodeListView } from "@/lib/shared/node-view";
import type { CollectionRequestView, RunView } from "@/lib/shared/run-view";
import { isRunFinal } from "@/lib/shared/run-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";

// A drifted Talos cluster (every node: kptr_restrict=1, bpf_jit_harden=1, Secure Boot off) where one
// worker was also hot-fixed by hand: ptrace_scope=1 on that node only.
const DRIFTED = "drifted-site";
const ODD_NODE = `${DRIFTED}-w-02`;

describe("node view and compare nodes", () => {
  let fleet: Fleet;
  let workers: WorkerPool | undefined;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;
  let clusterId: string;

  const nodesOf = (id: string, token: string | undefined = tokens.viewer, query = "") =>
    callRoute({ handler: listNodes, params: { id }, path: `/api/v1/clusters/${id}/nodes${query}`, token });
  const nodeOf = (id: string, node: string, token: string | undefined = tokens.viewer) =>
    callRoute({ handler: getNode, params: { id, node }, token });

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const faults = await loadScenario({ path: "scenarios/faults.yaml" });
    const talos = faults.clusters!.find((cluster) => cluster.name === "healthy-talos")!;
    const kubeadm = faults.clusters!.find((cluster) => cluster.name === "healthy-kubeadm")!;
    fleet = await startSimFleet({
      scenario: {
        ...faults,
        clusters: [
          {
            ...talos,
            name: DRIFTED,
            profile: "talos-drifted",
            nodes: { controlPlanes: 1, workers: 2 },
            talos: { nodeDrift: { "w-02": { sysctls: { "kernel.yama.ptrace_scope": "1" } } } },
          },
          { ...kubeadm, name: "plain-kubeadm" },
        ],
      },
    });
    // Registered before any worker runs: nothing is collected yet.
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin, schedule: "0 0 1 1 *" });
    clusterId = ids.get(DRIFTED)!;
  });

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("answers clearly when nothing has been collected yet", async () => {
    const answer = await nodesOf(clusterId);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      cluster: { id: clusterId, name: DRIFTED },
      state: "not-collected",
      nodes: [],
      compare: null,
    });
    const detail = await nodeOf(clusterId, ODD_NODE);
    expect(detail.status).toBe(404);
    expect(detail.text).toContain("No collection of drifted-site has been stored yet");
  });

  describe("after a collection", () => {
    beforeAll(async () => {
      workers = await startWorkers({ count: 1 });
      for (const id of ids.values()) {
        const requested = (
          await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.engineer })
        ).json as CollectionRequestView;
        await waitFor(
          async () => {
            const run = (await callRoute({ handler: getRun, params: { id: requested.runId }, token: tokens.viewer }))
              .json as RunView;
            return isRunFinal(run.status) && run.snapshotHash !== null;
          },
          { timeoutMs: 60_000, describe: () => `the run of ${id} did not store a snapshot` },
        );
      }
    }, 120_000);

    it("lists every node and marks the hand-fixed worker as differing from its peers", async () => {
      const answer = await nodesOf(clusterId);
      expect(answer.status).toBe(200);
      const view = answer.json as NodeListView;
      expect(view).toMatchObject({ state: "ok", platform: "talos", talosUnavailableReason: null });
      expect(view.source?.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
      expect(view.source?.collectedAt).toBeTruthy();
      expect(view.nodes.map((node) => node.name).sort()).toEqual([`${DRIFTED}-cp-01`, `${DRIFTED}-w-01`, ODD_NODE]);
      expect(view.nodes.every((node) => node.overall === "FAIL" && node.hasTalosData)).toBe(true);
      expect(view.compare?.outliers).toEqual([{ name: ODD_NODE, attributes: ["kernel.yama.ptrace_scope"] }]);
      const ptrace = view
        .compare!.sections.flatMap((section) => section.rows)
        .find((row) => row.id === "kspp:proc.sys.kernel.yama.ptrace_scope")!;
      expect(ptrace.cells.map((cell) => [cell.node, cell.value, cell.standing])).toEqual([
        [`${DRIFTED}-cp-01`, "2", "majority"],
        [`${DRIFTED}-w-01`, "2", "majority"],
        [ODD_NODE, "1", "differs"],
      ]);
    });

    it("reports the drifted node's overridden sysctls against the KSPP baseline", async () => {
      const answer = await nodeOf(clusterId, ODD_NODE, tokens.auditor);
      expect(answer.status).toBe(200);
      const view = answer.json as NodeDetailView;
      expect(view.node).toMatchObject({ name: ODD_NODE, role: "worker", talosVersion: "v1.13.2" });
      if (!view.kernelParams.isReadable) throw new Error(view.kernelParams.reason);
      expect(view.kernelParams.value.baseline?.label).toBe("v1.12+");
      const overridden = view.kernelParams.value.rows.filter((row) => row.isOverridden);
      expect(overridden.map((row) => [row.sysctl, row.current, row.expected, row.status])).toEqual([
        ["kernel.kptr_restrict", "1", "2", "FAIL"],
        ["kernel.yama.ptrace_scope", "1", "2", "FAIL"],
        ["net.core.bpf_jit_harden", "1", "2", "FAIL"],
      ]);
      expect(view.security).toMatchObject({ isReadable: true, value: { secureBoot: false } });
      expect(view.differences).toEqual([
        { attribute: "kernel.yama.ptrace_scope", value: "1", majority: "2", peers: 2 },
      ]);
      // Same node by its Talos address.
      const byAddress = await nodeOf(clusterId, view.node.talosNode!);
      expect((byAddress.json as NodeDetailView).node.name).toBe(ODD_NODE);
    });

    it("lists a kubeadm cluster's Kubernetes nodes with the reason Talos data is unavailable", async () => {
      const view = (await nodesOf(ids.get("plain-kubeadm")!)).json as NodeListView;
      expect(view).toMatchObject({ state: "ok", platform: "kubeadm", compare: null });
      expect(view.talosUnavailableReason).toMatch(/kubeadm cluster/);
      expect(view.nodes.length).toBeGreaterThan(0);
      expect(view.nodes.every((node) => !node.hasTalosData && node.talosUnavailableReason)).toBe(true);
    });

    it("refuses anonymous callers, unknown clusters and nodes, and malformed names", async () => {
      expect((await nodesOf(clusterId, "")).status).toBe(401);
      expect((await nodeOf(clusterId, ODD_NODE, "")).status).toBe(401);
      expect((await nodesOf(randomUUID())).status).toBe(404);
      expect((await nodesOf("not-a-uuid")).status).toBe(404);
      expect((await nodeOf(randomUUID(), ODD_NODE)).status).toBe(404);
      const unknown = await nodeOf(clusterId, "drifted-site-w-09");
      expect(unknown.status).toBe(404);
      expect(unknown.json).toEqual({
        error: { code: "not_found", message: "drifted-site has no node drifted-site-w-09 in its latest collection." },
      });
      const malformed = await nodeOf(clusterId, "Bad_Node");
      expect(malformed.status).toBe(400);
      expect((malformed.json as { error: { code: string; message: string } }).error).toMatchObject({
        code: "bad_request",
        message: expect.stringMatching(/^node: not a valid node name/),
      });
      expect((await nodesOf(clusterId, tokens.viewer, "?view=everything")).status).toBe(400);
    });
  });
});
