// Pagination against the simulator: many pages, and etcd compaction (410 Expired) mid-list.
import { afterEach, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer, type KubeRequestLogEntry } from "@/lib/sim/kube";
import { buildTestObjects } from "@/lib/sim/kube/testing/build-test-objects";
import { collectKubernetes } from "./collect-kubernetes";

const OPTIONS = { deadlineMs: 30_000, requestTimeoutMs: 10_000, pageSize: 500, concurrency: 5 };
const started: KubeApiServer[] = [];

async function startWithPods(podCount: number): Promise<{ server: KubeApiServer; kubeconfig: string }> {
  // A clock that moves 1 ms per reading, so tokens issued after an emulated compaction are newer than it.
  let tick = Date.parse("2026-01-12T00:00:00Z");
  const server = await startKubeApiServer({
    clusterName: "big",
    kubernetesVersion: "1.33.4",
    seed: 3,
    objects: buildTestObjects({ nodeCount: 4, podCount }),
    now: () => new Date((tick += 1)),
  });
  started.push(server);
  return { server, kubeconfig: await server.createKubeconfig({ user: "lotse", auth: "client-certificate" }) };
}

/** Calls `onEntry` for every request as the simulator logs it, before the response is written. */
function watchRequests(server: KubeApiServer, onEntry: (entry: KubeRequestLogEntry) => void): void {
  const log = server.requestLog;
  const push = log.push.bind(log);
  log.push = (...entries: KubeRequestLogEntry[]) => {
    entries.forEach(onEntry);
    return push(...entries);
  };
}

const podRequests = (server: KubeApiServer) => server.requestLog.filter((entry) => entry.path === "/api/v1/pods");

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

describe("collectKubernetes pagination", () => {
  it("reads 1,200 pods in pages of 500 with limit and continue", { timeout: 20_000 }, async () => {
    const { server, kubeconfig } = await startWithPods(1_200);
    const result = await collectKubernetes({ kubeconfig, ...OPTIONS });
    expect(result.snapshot.pods.errors).toEqual([]);
    expect(result.snapshot.pods.data).toHaveLength(1_200);
    expect(new Set(result.snapshot.pods.data?.map((pod) => `${pod.namespace}/${pod.name}`)).size).toBe(1_200);
    const requests = podRequests(server);
    expect(requests.map((entry) => new URLSearchParams(entry.query).get("limit"))).toEqual(["500", "500", "500"]);
    expect(requests.map((entry) => new URLSearchParams(entry.query).has("continue"))).toEqual([false, true, true]);
  });

  it("restarts a list once when its continue token expires (410) and completes it", { timeout: 20_000 }, async () => {
    const { server, kubeconfig } = await startWithPods(1_200);
    let hasCompacted = false;
    watchRequests(server, (entry) => {
      if (!hasCompacted && entry.path === "/api/v1/pods" && entry.query.includes("continue=")) {
        hasCompacted = true;
        server.expireContinueTokens();
      }
    });
    const result = await collectKubernetes({ kubeconfig, ...OPTIONS });
    expect(podRequests(server).map((entry) => entry.status)).toEqual([200, 200, 410, 200, 200, 200]);
    expect(result.snapshot.pods).toMatchObject({ errors: [] });
    expect(result.snapshot.pods.data).toHaveLength(1_200);
  });

  it(
    "keeps the consistent pages read when the list expires again after the restart, with an error",
    { timeout: 20_000 },
    async () => {
      const { server, kubeconfig } = await startWithPods(1_200);
      watchRequests(server, (entry) => {
        if (entry.path === "/api/v1/pods" && entry.query.includes("continue=")) server.expireContinueTokens();
      });
      const result = await collectKubernetes({ kubeconfig, ...OPTIONS });
      expect(podRequests(server).map((entry) => entry.status)).toEqual([200, 200, 410, 200, 200, 410]);
      expect(result.snapshot.pods.data).toHaveLength(1_000);
      expect(result.snapshot.pods.errors).toEqual([
        {
          target: "kubernetes:pods",
          kind: "invalid-response",
          message: expect.stringMatching(
            /^Expired \(410\) .*The list is incomplete: only the first 1000 item\(s\) were read\.$/,
          ),
        },
      ]);
      expect(result.errors).toContainEqual(result.snapshot.pods.errors[0]);
    },
  );
});
