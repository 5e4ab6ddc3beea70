import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectAll } from "@/app/api/v1/fleet/collect/route";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { GET as getRun } from "@/app/api/v1/runs/[id]/route";
import { GET as listRuns } from "@/app/api/v1/clusters/[id]/runs/route";
import { GET as getCluster } from "@/app/api/v1/clusters/[id]/route";
import type { ClusterSummaryView } from "@/lib/shared/cluster-view";
import type { CollectionRequestView, RunView } from "@/lib/shared/run-view";
import { decodeSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { registerSimFleet, startSimFleet } from "./testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "./testing/worker-processes";
import { waitFor } from "./testing/wait-for";

const CLUSTERS = ["healthy-talos", "healthy-kubeadm", "fault-tarpit", "fault-refused", "fault-node-unreachable"];
const TARPIT_DEADLINE_SECONDS = 25;

describe("collecting a fleet with faults", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    fleet = await startSimFleet({ scenario: "faults", only: CLUSTERS });
    workers = await startWorkers({
      count: 1,
      env: {
        LOTSE_COLLECT_DEADLINE_SECONDS: String(TARPIT_DEADLINE_SECONDS),
        LOTSE_COLLECT_REQUEST_TIMEOUT_SECONDS: "20",
      },
    });
    ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
  });

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  const run = async (runId: string) =>
    (await callRoute({ handler: getRun, params: { id: runId }, token: tokens.viewer })).json as RunView;

  it("collects healthy clusters without waiting for a tarpit, and gives every failure its reason", async () => {
    const started = await callRoute({ handler: collectAll, method: "POST", token: tokens.engineer });
    expect(started.status).toBe(202);
    const requested = (started.json as { runs: CollectionRequestView[] }).runs;
    expect(requested).toHaveLength(CLUSTERS.length);
    const runIdOf = (name: string) => requested.find((entry) => entry.clusterId === ids.get(name))!.runId;

    const healthy = ["healthy-talos", "healthy-kubeadm", "fault-refused", "fault-node-unreachable"];
    const finished = await waitFor(
      async () => {
        const runs = await Promise.all(healthy.map((name) => run(runIdOf(name))));
        return runs.every((entry) => ["succeeded", "partial", "failed"].includes(entry.status)) && runs;
      },
      {
        timeoutMs: 60_000,
        describe: async () => JSON.stringify(await Promise.all(healthy.map((name) => run(runIdOf(name))))),
      },
    );
    // The tarpit answers nothing until its own deadline; everyone else is already done.
    expect((await run(runIdOf("fault-tarpit"))).status).toBe("running");

    const [talos, kubeadm, refused, nodeUnreachable] = finished as [RunView, RunView, RunView, RunView];
    expect(talos.status).toBe("succeeded");
    expect(talos.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(kubeadm.status).toBe("succeeded");
    expect(refused.status).toBe("failed");
    expect(refused.errors?.reason).toMatch(/refused/i);
    expect(nodeUnreachable.status).toBe("partial");
    const lostNode = fleet.manifest.clusters
      .find((cluster) => cluster.name === "fault-node-unreachable")!
      .talos!.nodes.find((node) => node.name.endsWith("w-02"))!;
    expect(nodeUnreachable.errors?.items.length).toBeGreaterThan(0);
    for (const item of nodeUnreachable.errors!.items) {
      expect(item).toMatchObject({ kind: "unreachable", target: expect.stringContaining(`talos:node/${lostNode.ip}`) });
    }

    const tarpit = await waitFor(
      async () => {
        const current = await run(runIdOf("fault-tarpit"));
        return current.status !== "running" && current.status !== "queued" && current;
      },
      {
        timeoutMs: (TARPIT_DEADLINE_SECONDS + 30) * 1000,
        describe: async () => JSON.stringify(await run(runIdOf("fault-tarpit"))),
      },
    );
    expect(tarpit.status).toBe("failed");
    expect(tarpit.errors?.byKind.timeout).toBeGreaterThan(0);
    expect(tarpit.errors?.reason).toMatch(/^kubernetes:version: .*(did not answer|deadline|timed out)/i);
  });

  it("stores each snapshot once by hash, redacted, and an unchanged cluster stores nothing new", async () => {
    const id = ids.get("healthy-talos")!;
    const first = (await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.admin }))
      .json as CollectionRequestView;
    const done = await waitFor(
      async () => {
        const current = await run(first.runId);
        return current.status === "succeeded" && current;
      },
      { timeoutMs: 30_000, describe: async () => JSON.stringify(await run(first.runId)) },
    );

    const history = (await callRoute({ handler: listRuns, params: { id }, token: tokens.viewer })).json as {
      items: RunView[];
    };
    expect(history.items.length).toBe(2);
    expect(new Set(history.items.map((item) => item.snapshotHash))).toEqual(new Set([done.snapshotHash]));
    expect(await getDb().snapshot.count({ where: { clusterId: id } })).toBe(1);

    const row = await getDb().snapshot.findUniqueOrThrow({ where: { hash: done.snapshotHash! } });
    const stored = decodeSnapshot(row);
    const text = JSON.stringify(stored);
    expect(stored.cluster.id).toBe(id);
    expect(stored.talos?.nodes.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/-----BEGIN/);
    expect(row.content.byteLength).toBeLessThan(row.rawBytes);
  });

  it("a cluster without a successful run for twice its schedule is STALE, and fresh again after one", async () => {
    const id = ids.get("healthy-kubeadm")!;
    const view = async () =>
      ((await callRoute({ handler: getCluster, params: { id }, token: tokens.viewer })).json as ClusterSummaryView)
        .collection;
    expect((await view()).freshness).toBe("fresh");

    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000);
    await getDb().cluster.update({ where: { id }, data: { lastSuccessAt: threeHoursAgo, schedule: "0 * * * *" } });
    expect(await view()).toMatchObject({ freshness: "stale", lastSuccessAt: threeHoursAgo.toISOString() });

    const requested = (await callRoute({ handler: collectNow, method: "POST", params: { id }, token: tokens.engineer }))
      .json as CollectionRequestView;
    await waitFor(async () => (await run(requested.runId)).status === "succeeded", {
      timeoutMs: 30_000,
      describe: async () => JSON.stringify(await run(requested.runId)),
    });
    const after = await view();
    expect(after.freshness).toBe("fresh");
    expect(after.lastRun).toMatchObject({ id: requested.runId, status: "succeeded" });
  });
});
