// The shipped read-only ClusterRole against what the collector really asks: a collection of the
// simulated fixture cluster, then every request in the server's log must be allowed by the role
// (or by the built-in roles every authenticated user holds: discovery, /version, SelfSubjectReview).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectKubernetes } from "@/lib/server/collect/kubernetes/collect-kubernetes";
import { mapRole } from "@/lib/server/collect/kubernetes/map-role";
import { startFixtureCluster } from "@/lib/server/collect/kubernetes/testing/start-fixture-cluster";
import { ruleGrants } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import { startFleet } from "@/lib/sim/fleet";
import type { KubeApiServer } from "@/lib/sim/kube";
import { loadDemoGroups } from "@/lib/sim/scenario/testing/load-demo-groups";
import { parseManifests } from "./parse-manifests";

interface ResourceRequest {
  group: string;
  resource: string;
  verb: string;
}

/** The RBAC question a request path asks; null for discovery and other paths every user may GET. */
function toResourceRequest(method: string, path: string): ResourceRequest | null {
  const parts = path.split("/").filter((part) => part !== "");
  const [root] = parts;
  const rest = root === "api" ? parts.slice(2) : root === "apis" ? parts.slice(3) : null;
  if (!rest || rest.length === 0) return null;
  const group = root === "api" ? "" : (parts[1] ?? "");
  const scoped = rest[0] === "namespaces" && rest.length > 2 ? rest.slice(2) : rest;
  const [resource = "", name, subresource] = scoped;
  if (method === "POST" && group === "authentication.k8s.io" && resource === "selfsubjectreviews") return null;
  return {
    group,
    resource: subresource ? `${resource}/${subresource}` : resource,
    verb: method === "POST" ? "create" : name === undefined ? "list" : "get",
  };
}

/**
 * The requests of a server's log the shipped role does not allow. Secrets and Gatekeeper
 * constraints aside: each has its own optional role (secrets-metadata/, gatekeeper-constraints/).
 */
function findDenied(log: { method: string; path: string }[]): { asked: ResourceRequest[]; denied: ResourceRequest[] } {
  const text = readFileSync("deploy/monitored-cluster/cluster-role.yaml", "utf8");
  const role = mapRole(parseManifests({ text }).find((object) => object.kind === "ClusterRole"));
  if (!role.ok) throw new Error(role.message);
  const asked = log.flatMap((entry) => {
    const request = toResourceRequest(entry.method, entry.path);
    return request ? [request] : [];
  });
  const denied = asked.filter(
    (request) =>
      request.resource !== "secrets" &&
      request.group !== "constraints.gatekeeper.sh" &&
      !role.value.rules.some((rule) =>
        ruleGrants(rule, { apiGroups: [request.group], resources: [request.resource], verbs: [request.verb] }),
      ),
  );
  return { asked, denied };
}

const servers: KubeApiServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("deploy/monitored-cluster/cluster-role.yaml", () => {
  it("parses request paths into the RBAC question they ask", () => {
    expect(toResourceRequest("GET", "/api/v1/pods")).toEqual({ group: "", resource: "pods", verb: "list" });
    expect(toResourceRequest("GET", "/api/v1/nodes/cp-1/proxy/configz")).toEqual({
      group: "",
      resource: "nodes/proxy",
      verb: "get",
    });
    expect(toResourceRequest("GET", "/apis/apps/v1/namespaces/shop/deployments")).toEqual({
      group: "apps",
      resource: "deployments",
      verb: "list",
    });
    expect(toResourceRequest("GET", "/apis/apps/v1")).toBeNull();
    expect(toResourceRequest("GET", "/version")).toBeNull();
  });

  it("allows every request a collection makes, and the collection asks for no Secret data", async () => {
    const { server, kubeconfig } = await startFixtureCluster();
    servers.push(server);
    await collectKubernetes({ kubeconfig, deadlineMs: 20_000, requestTimeoutMs: 5_000, pageSize: 500, concurrency: 4 });
    const { asked, denied } = findDenied(server.requestLog);
    expect(asked.length).toBeGreaterThan(15);
    expect(denied).toEqual([]);
    // Secrets are only ever listed (metadata-only), which is what the optional role grants.
    const secretRequests = asked.filter((request) => request.resource === "secrets");
    expect(secretRequests.map((request) => request.verb)).toEqual(["list"]);
  });

  it("allows what a collection asks of clusters running the ecosystem tools (Velero, Kasten K10, Argo CD, Kubewarden, Ratify, …)", async () => {
    // One cluster of each group that carries tools in the demo fleet (see docs/simulator.md).
    const scenario = await loadDemoGroups({ groups: ["core-{n:02}", "legacy-{n:02}", "cloud-{n:02}"] });
    const outDir = mkdtempSync(path.join(tmpdir(), "lotse-role-"));
    const fleet = await startFleet({ scenario, outDir });
    try {
      const groupsAsked = new Set<string>();
      for (const cluster of fleet.clusters) {
        await collectKubernetes({
          kubeconfig: readFileSync(cluster.kubeconfigPath, "utf8"),
          deadlineMs: 20_000,
          requestTimeoutMs: 5_000,
          pageSize: 500,
          concurrency: 4,
        });
        const { asked, denied } = findDenied(cluster.kube.requestLog);
        expect(denied, cluster.spec.name).toEqual([]);
        // Gatekeeper's constraint kinds (the optional role's) are only ever listed.
        const constraintVerbs = asked.filter((request) => request.group === "constraints.gatekeeper.sh");
        expect(new Set(constraintVerbs.map((request) => request.verb)), cluster.spec.name).toEqual(
          new Set(constraintVerbs.length > 0 ? ["list"] : []),
        );
        for (const request of asked) groupsAsked.add(request.group);
      }
      // The tools' API groups were really asked for, so the role was checked against them.
      for (const group of [
        "velero.io",
        "argoproj.io",
        "kustomize.toolkit.fluxcd.io",
        "bitnami.com",
        "external-secrets.io",
        "config.kio.kasten.io",
        "actions.kio.kasten.io",
        "policies.kubewarden.io",
        "config.ratify.deislabs.io",
        "secrets-store.csi.x-k8s.io",
      ])
        expect([...groupsAsked]).toContain(group);
    } finally {
      await fleet.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
