import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectAll } from "@/app/api/v1/fleet/collect/route";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { GET as getRun } from "@/app/api/v1/runs/[id]/route";
import { GET as listRuns } from "@/app/api/v1/clusters/[id]/runs/route";
import { GET as getCluster } from "@/app/api/v1/clusters/[id]/route";
import type { ClusterSummaryView } from "@/lib/shared/cluster-view";
import { isRunFinal, type CollectionRequestView, type RunView } from "@/lib/shared/run-view";
import { decodeSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet, FleetManifestCluster } from "@/lib/sim/fleet";
import type { KubeRequestLogEntry } from "@/lib/sim/kube";
import { registerSimFleet, startSimFleet } from "./testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "./testing/worker-processes";
import { waitFor } from "./testing/wait-for";

const TARPIT_DEADLINE_SECONDS = 25;
const REQUEST_TIMEOUT_SECONDS = 20;
/** The clusters that must come back complete: the two healthy ones and the healthy-but-far edge site. */
const HEALTHY = ["healthy-talos", "healthy-kubeadm", "fault-edge-latency"];
/**
 * How much longer than alone a healthy cluster may wait inside "collect all", where 12 collections
 * share the worker, its slots and the CPU. Generous, yet 5 s short of the tarpit's deadline: a run
 * held up by the tarpit would wait that whole deadline on top of its own time.
 */
const FLEET_SLACK_MS = (TARPIT_DEADLINE_SECONDS - 5) * 1000;

const waitedMs = (run: RunView) => Date.parse(run.finishedAt!) - Date.parse(run.queuedAt);

describe("collecting the faults scenario", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let ids: Map<string, string>;

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    fleet = await startSimFleet({ scenario: "faults" });
    workers = await startWorkers({
      count: 1,
      env: {
        LOTSE_COLLECT_DEADLINE_SECONDS: String(TARPIT_DEADLINE_SECONDS),
        LOTSE_COLLECT_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_SECONDS),
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
  const waitForFinal = (runId: string, timeoutMs: number) =>
    waitFor(
      async () => {
        const current = await run(runId);
        return isRunFinal(current.status) && current;
      },
      { timeoutMs, describe: async () => JSON.stringify(await run(runId)) },
    );
  const requestCollection = async (name: string) => {
    const response = await callRoute({
      handler: collectNow,
      method: "POST",
      params: { id: ids.get(name)! },
      token: tokens.engineer,
    });
    expect(response.status).toBe(202);
    return response.json as CollectionRequestView;
  };
  const manifestOf = (name: string): FleetManifestCluster =>
    fleet.manifest.clusters.find((cluster) => cluster.name === name)!;
  const storedSnapshotOf = async (view: RunView) =>
    decodeSnapshot(await getDb().snapshot.findUniqueOrThrow({ where: { hash: view.snapshotHash! } }));
  const requestLogOf = (name: string) => fleet.clusters.find((cluster) => cluster.spec.name === name)!.kube.requestLog;
  const requestOf = (entry: KubeRequestLogEntry) => `${entry.path}${entry.query ? `?${entry.query}` : ""}`;
  /** The simulator's answers to one request (path and query) of a cluster, in order. */
  const answersTo = (name: string, request: string) =>
    requestLogOf(name)
      .filter((entry) => requestOf(entry) === request)
      .map((entry) => entry.status);
  /** The request an error message names: "Server error (500) for /apis after retries: …" → "/apis". */
  const requestNamedIn = (message: string) => /for (\S+) after retries/.exec(message)?.[1] ?? message;

  it("collect all: healthy clusters complete and no later than alone, every fault with its precise reason", async () => {
    // Alone first: each healthy cluster by itself, one after the other.
    const alone = new Map<string, RunView>();
    for (const name of HEALTHY) alone.set(name, await waitForFinal((await requestCollection(name)).runId, 30_000));

    const started = await callRoute({ handler: collectAll, method: "POST", token: tokens.engineer });
    expect(started.status).toBe(202);
    const requested = (started.json as { runs: CollectionRequestView[] }).runs;
    expect(requested.map((entry) => entry.clusterId).sort()).toEqual([...ids.values()].sort());
    expect(requested.every((entry) => !entry.joined)).toBe(true);
    const runIdOf = (name: string) => requested.find((entry) => entry.clusterId === ids.get(name))!.runId;

    const others = [...ids.keys()].filter((name) => name !== "fault-tarpit");
    const finished = await waitFor(
      async () => {
        const runs = await Promise.all(others.map((name) => run(runIdOf(name))));
        return runs.every((entry) => isRunFinal(entry.status)) && new Map(others.map((name, i) => [name, runs[i]!]));
      },
      {
        timeoutMs: 60_000,
        describe: async () => JSON.stringify(await Promise.all(others.map((name) => run(runIdOf(name))))),
      },
    );
    // The tarpit answers nothing until its own deadline; everyone else is already done.
    expect((await run(runIdOf("fault-tarpit"))).status).toBe("running");
    const inFleet = (name: string) => finished.get(name)!;

    // Healthy: everything read, the very snapshot the cluster gives alone, and not held up by the faults.
    for (const name of HEALTHY) {
      const solo = alone.get(name)!;
      expect(solo).toMatchObject({ status: "succeeded", errors: { total: 0 } });
      expect(inFleet(name)).toMatchObject({
        status: "succeeded",
        errors: { total: 0 },
        snapshotHash: solo.snapshotHash,
      });
      expect(waitedMs(inFleet(name))).toBeLessThan(waitedMs(solo) + FLEET_SLACK_MS);
    }
    // The os:reader talosconfig may not read three Talos parts: recorded, not failures.
    expect(inFleet("healthy-talos").errors?.notReadableWithCredential).toBe(3);
    expect(inFleet("healthy-kubeadm").errors?.notReadableWithCredential).toBe(0);

    const refused = manifestOf("fault-refused");
    expect(inFleet("fault-refused")).toMatchObject({ status: "failed", snapshotHash: expect.any(String) });
    expect(inFleet("fault-refused").errors).toEqual({
      total: 2,
      byKind: { unreachable: 2 },
      items: [
        {
          target: "kubernetes:version",
          kind: "unreachable",
          message: `Connection refused by ${refused.kubernetes.endpoint}: nothing listens there.`,
        },
        {
          target: `talos:endpoint/${refused.talos!.endpoint}`,
          kind: "unreachable",
          message: `connection refused (${refused.talos!.endpoint})`,
        },
      ],
      reason: `kubernetes:version: Connection refused by ${refused.kubernetes.endpoint}: nothing listens there.`,
      notReadableWithCredential: 0,
    });

    const expiredClient = manifestOf("fault-expired-client-cert");
    const rejected = `Unauthorized (401) for /version: the credential was not accepted (expired or unknown client certificate or token).`;
    expect(inFleet("fault-expired-client-cert").status).toBe("failed");
    expect(inFleet("fault-expired-client-cert").errors).toEqual({
      total: 2,
      byKind: { unauthorized: 2 },
      items: [
        { target: "kubernetes:version", kind: "unauthorized", message: rejected },
        {
          target: `talos:endpoint/${expiredClient.talos!.endpoint}`,
          kind: "unauthorized",
          message: expect.stringMatching(
            /^TLS: the server closed the connection right after the handshake; it did not accept the client certificate \(certificate expired on \d{4}-\d\d-\d\dT[\d:.]+Z\)$/,
          ),
        },
      ],
      reason: `kubernetes:version: ${rejected}`,
      notReadableWithCredential: 0,
    });

    const expiredServer = manifestOf("fault-expired-server-cert");
    const expired = `TLS: the server certificate of ${expiredServer.kubernetes.endpoint} has expired.`;
    expect(inFleet("fault-expired-server-cert").status).toBe("failed");
    expect(inFleet("fault-expired-server-cert").errors).toEqual({
      total: 2,
      byKind: { tls: 2 },
      items: [
        { target: "kubernetes:version", kind: "tls", message: expired },
        {
          target: `talos:endpoint/${expiredServer.talos!.endpoint}`,
          kind: "tls",
          message: "TLS: the server certificate has expired",
        },
      ],
      reason: `kubernetes:version: ${expired}`,
      notReadableWithCredential: 0,
    });

    const wrongCa = manifestOf("fault-wrong-ca");
    const unsigned = `TLS verify failed: the server certificate of ${wrongCa.kubernetes.endpoint} is not signed by the CA in the credential file.`;
    expect(inFleet("fault-wrong-ca").status).toBe("failed");
    expect(inFleet("fault-wrong-ca").errors).toEqual({
      total: 2,
      byKind: { tls: 2 },
      items: [
        { target: "kubernetes:version", kind: "tls", message: unsigned },
        {
          target: `talos:endpoint/${wrongCa.talos!.endpoint}`,
          kind: "tls",
          message: "TLS: server certificate is not signed by the talosconfig CA",
        },
      ],
      reason: `kubernetes:version: ${unsigned}`,
      notReadableWithCredential: 0,
    });

    // The simulator's 500s and 429s are deterministic per path and occurrence, so these outcomes are
    // too: /version gets through, and what still fails after two retries is named with its cause.
    const storm = inFleet("fault-5xx");
    expect(storm).toMatchObject({ status: "partial", errors: { reason: null } });
    expect(answersTo("fault-5xx", "/version")).toEqual([500, 500, 200]);
    expect(storm.errors!.items.length).toBeGreaterThan(0);
    expect(storm.errors!.byKind).toEqual({ unreachable: storm.errors!.total });
    for (const item of storm.errors!.items) {
      expect(item.message).toMatch(
        /^Server error \(500\) for \S+ after retries: Internal error occurred: etcdserver: request timed out$/,
      );
      expect(answersTo("fault-5xx", requestNamedIn(item.message))).toEqual([500, 500, 500]);
    }

    const throttled = inFleet("fault-429");
    expect(throttled).toMatchObject({ status: "partial", errors: { reason: null } });
    expect(throttled.errors!.items.length).toBeGreaterThan(0);
    expect(throttled.errors!.byKind).toEqual({ unreachable: throttled.errors!.total });
    for (const item of throttled.errors!.items) {
      expect(item.message).toMatch(
        /^Throttled \(429\) for \S+ after retries: Too many requests, please try again later\.$/,
      );
      expect(answersTo("fault-429", requestNamedIn(item.message))).toEqual([429, 429, 429]);
    }
    // Throttled requests were retried, and retries read what a single try would have lost.
    const readOnRetry = [...new Set(requestLogOf("fault-429").map(requestOf))].filter((request) => {
      const answers = answersTo("fault-429", request);
      return answers[0] === 429 && answers.at(-1) === 200;
    });
    expect(readOnRetry.length).toBeGreaterThan(0);

    // Forbidden ClusterRoleBindings and kubelet proxy make the run partial; forbidden Secrets are an
    // expected credential limit (recorded, not a failure).
    const forbiddenNodes = manifestOf("fault-forbidden").talos!.nodes.map((node) => node.name);
    const cannot = (what: string) => `User "lotse-reader" cannot ${what} at the cluster scope`;
    expect(inFleet("fault-forbidden").status).toBe("partial");
    expect(inFleet("fault-forbidden").errors).toEqual({
      total: 1 + forbiddenNodes.length,
      byKind: { forbidden: 1 + forbiddenNodes.length },
      items: [
        {
          target: "kubernetes:clusterrolebindings.rbac.authorization.k8s.io",
          kind: "forbidden",
          message: `Forbidden (403): clusterrolebindings.rbac.authorization.k8s.io is forbidden: ${cannot('list resource "clusterrolebindings" in API group "rbac.authorization.k8s.io"')}`,
        },
        ...forbiddenNodes.map((node) => ({
          target: `kubernetes:nodes/${node}/configz`,
          kind: "forbidden",
          message: `Forbidden (403): nodes "${node}" is forbidden: ${cannot('get resource "nodes/proxy" in API group ""')}`,
        })),
      ],
      reason: null,
      notReadableWithCredential: 3 + 1,
    });
    const forbiddenSnapshot = await storedSnapshotOf(inFleet("fault-forbidden"));
    expect(forbiddenSnapshot.kubernetes.secrets).toMatchObject({
      data: null,
      errors: [{ target: "kubernetes:secrets", kind: "forbidden" }],
    });
    expect(forbiddenSnapshot.kubernetes.pods.data?.length).toBeGreaterThan(0);

    // One worker behind a reachable endpoint is lost: its parts say why, the other nodes are read.
    const unreachable = manifestOf("fault-node-unreachable");
    const lostNode = unreachable.talos!.nodes.find((node) => node.name.endsWith("-w-02"))!;
    const lost = inFleet("fault-node-unreachable");
    expect(lost).toMatchObject({ status: "partial", errors: { reason: null } });
    expect(lost.errors!.byKind).toEqual({ unreachable: lost.errors!.total });
    expect(lost.errors!.items.length).toBeGreaterThan(0);
    for (const item of lost.errors!.items) {
      expect(item.target).toMatch(new RegExp(`^talos:node/${lostNode.ip.replaceAll(".", "\\.")}(:|$)`));
      expect(item.message).toMatch(
        new RegExp(
          `^node ${lostNode.ip.replaceAll(".", "\\.")} is unreachable through ${unreachable.talos!.endpoint}: `,
        ),
      );
    }
    const talosNodes = (await storedSnapshotOf(lost)).talos!.nodes;
    expect(talosNodes.map((node) => [node.node, node.securityState.data !== null])).toEqual(
      unreachable.talos!.nodes.map((node) => [node.ip, node !== lostNode]),
    );

    // The tarpit ends at its own deadline, after every healthy cluster was done.
    const tarpitEndpoint = manifestOf("fault-tarpit").talos!.endpoint;
    const tarpit = await waitForFinal(runIdOf("fault-tarpit"), (TARPIT_DEADLINE_SECONDS + 30) * 1000);
    expect(tarpit.status).toBe("failed");
    expect(tarpit.errors).toEqual({
      total: 2,
      byKind: { timeout: 2 },
      items: [
        {
          target: "kubernetes:version",
          kind: "timeout",
          message: `/version did not answer within ${REQUEST_TIMEOUT_SECONDS * 1000} ms.`,
        },
        {
          target: `talos:endpoint/${tarpitEndpoint}`,
          kind: "timeout",
          message: expect.stringMatching(/^not read: the overall deadline of \d+ ms was reached$/),
        },
      ],
      reason: `kubernetes:version: /version did not answer within ${REQUEST_TIMEOUT_SECONDS * 1000} ms.`,
      notReadableWithCredential: 0,
    });
    for (const name of HEALTHY) {
      expect(Date.parse(inFleet(name).finishedAt!)).toBeLessThan(Date.parse(tarpit.finishedAt!));
    }
  }, 120_000);

  it("a second 'collect now' while a run is active joins it instead of queuing another", async () => {
    const id = ids.get("fault-tarpit")!;
    const runsBefore = await getDb().collectionRun.count({ where: { clusterId: id } });

    const first = await requestCollection("fault-tarpit");
    const second = await requestCollection("fault-tarpit");
    expect(first).toMatchObject({ clusterId: id, joined: false });
    expect(second).toMatchObject({ clusterId: id, runId: first.runId, joined: true });

    // Also once it runs (the tarpit keeps it running until its deadline).
    await waitFor(async () => (await run(first.runId)).status === "running", {
      timeoutMs: 15_000,
      describe: async () => JSON.stringify(await run(first.runId)),
    });
    const third = await requestCollection("fault-tarpit");
    expect(third).toEqual({ clusterId: id, runId: first.runId, status: "running", joined: true });
    expect(await getDb().collectionRun.count({ where: { clusterId: id } })).toBe(runsBefore + 1);

    const done = await waitForFinal(first.runId, (TARPIT_DEADLINE_SECONDS + 30) * 1000);
    expect(done).toMatchObject({ status: "failed", attempt: 1, errors: { byKind: { timeout: 2 } } });
    expect(await getDb().collectionRun.count({ where: { clusterId: id } })).toBe(runsBefore + 1);
  }, 90_000);

  it("stores each snapshot once by hash, redacted, and an unchanged cluster stores nothing new", async () => {
    const id = ids.get("healthy-talos")!;
    const first = await requestCollection("healthy-talos");
    const done = await waitForFinal(first.runId, 30_000);
    expect(done.status).toBe("succeeded");

    // Alone, in "collect all" and now: three runs, one snapshot.
    const history = (await callRoute({ handler: listRuns, params: { id }, token: tokens.viewer })).json as {
      items: RunView[];
    };
    expect(history.items.length).toBe(3);
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

    const requested = await requestCollection("healthy-kubeadm");
    await waitFor(async () => (await run(requested.runId)).status === "succeeded", {
      timeoutMs: 30_000,
      describe: async () => JSON.stringify(await run(requested.runId)),
    });
    const after = await view();
    expect(after.freshness).toBe("fresh");
    expect(after.lastRun).toMatchObject({ id: requested.runId, status: "succeeded" });
  });
});
