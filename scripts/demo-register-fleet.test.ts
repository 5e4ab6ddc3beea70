import { describe, expect, it } from "vitest";
import type { FleetManifestCluster } from "@/lib/sim/fleet";
import type { ApiRequest, ApiResponse } from "./demo-api-client";
import { registerFleet } from "./demo-register-fleet";

function simulatedCluster(name: string, { isTalos }: { isTalos: boolean }): FleetManifestCluster {
  return {
    name,
    environment: "edge",
    site: "berth-north",
    labels: { owner: "platform-team" },
    profile: isTalos ? "talos-hardened" : "kubeadm-default",
    kubernetesVersion: "1.36.1",
    talosVersion: isTalos ? "v1.13.2" : null,
    nodeCount: 3,
    controlPlaneNodes: 1,
    workerNodes: 2,
    podCount: 40,
    kubernetes: { endpoint: "https://127.0.0.1:1", kubeconfig: `/sim/${name}/kubeconfig`, user: "u", groups: [] },
    talos: isTalos
      ? { endpoint: "127.0.0.1:2", talosconfig: `/sim/${name}/talosconfig`, role: "os:reader", nodes: [] }
      : null,
    faults: { kube: {}, talos: {} },
  };
}

/** An in-memory stand-in for Lotse's cluster API: names are unique, as in the real one. */
function fakeLotse({ registeredBehindOurBack = [] as string[] } = {}) {
  const clusters = new Map<string, { id: string; name: string; body: Record<string, unknown> }>();
  const calls: string[] = [];
  let nextId = 1;
  const add = (name: string, body: Record<string, unknown>) => {
    const cluster = { id: `id-${nextId++}`, name, body };
    clusters.set(name, cluster);
    return cluster;
  };
  const api: ApiRequest = async ({ method, path, body }): Promise<ApiResponse> => {
    calls.push(`${method} ${path}`);
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === "GET") return { status: 200, body: { items: [...clusters.values()] } };
    if (method === "POST") {
      const name = String(input.name);
      if (registeredBehindOurBack.includes(name) && !clusters.has(name)) add(name, {});
      if (clusters.has(name)) return { status: 409, body: { error: { code: "conflict", message: "exists" } } };
      const { id } = add(name, input);
      return { status: 201, body: { id, name } };
    }
    const target = [...clusters.values()].find((cluster) => path.endsWith(`/${cluster.id}`));
    if (!target) return { status: 404, body: { error: { code: "not_found", message: "No such cluster." } } };
    target.body = { ...target.body, ...input };
    return { status: 200, body: { id: target.id, name: target.name } };
  };
  return { api, clusters, calls };
}

const fleet = [simulatedCluster("edge-01", { isTalos: true }), simulatedCluster("hq", { isTalos: false })];

describe("registerFleet", () => {
  it("registers every cluster with its kubeconfig and, for Talos, its talosconfig", async () => {
    const lotse = fakeLotse();
    const result = await registerFleet({
      api: lotse.api,
      clusters: fleet,
      readCredential: async (file) => `run1 ${file}`,
    });

    expect(result.map((cluster) => [cluster.name, cluster.outcome])).toEqual([
      ["edge-01", "created"],
      ["hq", "created"],
    ]);
    expect(lotse.clusters.get("edge-01")?.body).toMatchObject({
      environment: "edge",
      site: "berth-north",
      labels: { owner: "platform-team" },
      kubeconfig: "run1 /sim/edge-01/kubeconfig",
      talosconfig: "run1 /sim/edge-01/talosconfig",
    });
    expect(lotse.clusters.get("hq")?.body).not.toHaveProperty("talosconfig");
  });

  it("on a second run replaces the credentials of the clusters Lotse already has instead of failing", async () => {
    const lotse = fakeLotse();
    await registerFleet({ api: lotse.api, clusters: fleet, readCredential: async (file) => `run1 ${file}` });
    const second = await registerFleet({
      api: lotse.api,
      clusters: fleet,
      readCredential: async (file) => `run2 ${file}`,
    });

    expect(second.map((cluster) => cluster.outcome)).toEqual(["updated", "updated"]);
    expect(lotse.clusters.size).toBe(2);
    expect(lotse.clusters.get("edge-01")?.body.kubeconfig).toBe("run2 /sim/edge-01/kubeconfig");
    expect(lotse.clusters.get("edge-01")?.body.talosconfig).toBe("run2 /sim/edge-01/talosconfig");
  });

  it("updates a cluster that appeared between listing and registering (409)", async () => {
    const lotse = fakeLotse({ registeredBehindOurBack: ["hq"] });
    const result = await registerFleet({ api: lotse.api, clusters: fleet, readCredential: async () => "kubeconfig" });

    expect(result.find((cluster) => cluster.name === "hq")?.outcome).toBe("updated");
    expect(lotse.clusters.get("hq")?.body).toMatchObject({ kubeconfig: "kubeconfig", talosconfig: null });
  });

  it("fails naming the cluster and Lotse's reason when a registration is refused", async () => {
    const api: ApiRequest = async ({ method }) =>
      method === "GET"
        ? { status: 200, body: { items: [] } }
        : { status: 400, body: { error: { code: "bad_request", message: "kubeconfig: server must use https" } } };
    await expect(registerFleet({ api, clusters: fleet.slice(0, 1), readCredential: async () => "x" })).rejects.toThrow(
      "registering cluster edge-01 failed: HTTP 400 bad_request: kubeconfig: server must use https",
    );
  });
});
