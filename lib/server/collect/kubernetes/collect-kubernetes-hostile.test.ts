// The collector against answers a real API server would not give: wrong types, oversized and
// slow bodies, a server ignoring the metadata-only Accept header. None may crash the run.
import { afterEach, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import { collectKubernetes } from "./collect-kubernetes";
import { BUILTIN_RESOURCES } from "./kube-resource-plan";
import { METADATA_TABLE_ACCEPT } from "./list-kube-resource";
import { buildKubeFixture } from "./testing/build-kube-fixture";
import { startFixtureCluster } from "./testing/start-fixture-cluster";
import {
  startHostileKubeServer,
  type HostileHandler,
  type HostileKubeServer,
} from "./testing/start-hostile-kube-server";

const OPTIONS = { deadlineMs: 10_000, requestTimeoutMs: 1_500, pageSize: 500, concurrency: 5 };
const servers: (HostileKubeServer | KubeApiServer)[] = [];

const answer =
  (body: string, status = 200): HostileHandler =>
  (_request, response) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(body);
  };

async function collectFrom(routes: Record<string, HostileHandler>) {
  const server = await startHostileKubeServer({ routes });
  servers.push(server);
  return { server, result: await collectKubernetes({ kubeconfig: server.kubeconfig, ...OPTIONS }) };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("collectKubernetes against hostile answers", () => {
  it("turns wrong shapes into invalid-response for that part only", async () => {
    const validNode = { metadata: { name: "good" }, status: { nodeInfo: { osImage: "Talos (v1.11.1)" } } };
    const { result } = await collectFrom({
      "/api/v1/pods": answer(JSON.stringify({ kind: "PodList", metadata: {}, items: "everything" })),
      "/api/v1/nodes": answer(
        JSON.stringify({ items: [{ metadata: { name: "bad" }, spec: { unschedulable: "yes" } }, validNode] }),
      ),
      "/api/v1/serviceaccounts": answer("{not json"),
      "/apis/rbac.authorization.k8s.io/v1/roles": answer(
        JSON.stringify({ items: [{ metadata: { name: 5 } }], metadata: { continue: 9 } }),
      ),
    });
    expect(result.snapshot.pods).toEqual({
      data: null,
      errors: [
        { target: "kubernetes:pods", kind: "invalid-response", message: "/api/v1/pods: `items` is not an array." },
      ],
    });
    expect(result.snapshot.nodes.data?.map((node) => node.name)).toEqual(["good"]);
    expect(result.snapshot.nodes.errors).toEqual([
      {
        target: "kubernetes:nodes",
        kind: "invalid-response",
        message:
          "1 item(s) of /api/v1/nodes were malformed and left out (bad: spec.unschedulable: Invalid input: expected boolean, received string).",
      },
    ]);
    expect(result.snapshot.serviceAccounts.errors[0]?.message).toMatch(/did not answer valid JSON/);
    expect(result.snapshot.roles.errors[0]?.message).toBe(
      "/apis/rbac.authorization.k8s.io/v1/roles: `metadata.continue` is not a string.",
    );
    expect(result.snapshot.namespaces).toEqual({ data: [], errors: [] });
    expect(result.snapshot.controlPlanePods).toEqual(result.snapshot.pods);
  });

  it("refuses a page larger than 64 MiB", { timeout: 15_000 }, async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const { result } = await collectFrom({
      "/api/v1/namespaces": (_request, response) => {
        response.writeHead(200, { "Content-Type": "application/json" });
        let sent = 0;
        const pump = () => {
          while (sent < 65 && response.write(chunk)) sent += 1;
          if (sent < 65) response.once("drain", pump);
          else response.end();
        };
        response.write('{"items":[');
        pump();
        response.on("close", () => response.removeAllListeners("drain"));
      },
    });
    expect(result.snapshot.namespaces.errors).toEqual([
      {
        target: "kubernetes:namespaces",
        kind: "invalid-response",
        message: "/api/v1/namespaces?limit=500 answered more than 67108864 bytes; the response was refused.",
      },
    ]);
    expect(result.snapshot.nodes.errors).toEqual([]);
  });

  it("cuts off a body that drips slower than the request deadline", { timeout: 10_000 }, async () => {
    const before = performance.now();
    const { result } = await collectFrom({
      "/api/v1/serviceaccounts": (request, response) => {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.write('{"items":[');
        const drip = setInterval(() => response.write(" "), 100);
        request.socket.on("close", () => clearInterval(drip));
      },
    });
    expect(result.snapshot.serviceAccounts.errors).toEqual([
      {
        target: "kubernetes:serviceaccounts",
        kind: "timeout",
        message: "/api/v1/serviceaccounts?limit=500 did not answer within 1500 ms.",
      },
    ]);
    expect(result.snapshot.pods.errors).toEqual([]);
    expect(performance.now() - before).toBeLessThan(OPTIONS.deadlineMs);
  });

  it("discards Secret lists that ignored the metadata-only Accept header, unread", async () => {
    const fullList = {
      kind: "SecretList",
      metadata: {},
      items: [{ metadata: { name: "db" }, data: { password: "aHVudGVyMg==" } }],
    };
    const { result } = await collectFrom({ "/api/v1/secrets": answer(JSON.stringify(fullList)) });
    expect(result.snapshot.secrets).toEqual({
      data: null,
      errors: [
        {
          target: "kubernetes:secrets",
          kind: "invalid-response",
          message:
            "/api/v1/secrets: expected a Table or PartialObjectMetadataList, got SecretList; the answer was discarded.",
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain("aHVudGVyMg==");
  });

  it("discards a Secret table whose rows carry whole Secrets instead of their metadata", async () => {
    const table = {
      kind: "Table",
      apiVersion: "meta.k8s.io/v1",
      metadata: { resourceVersion: "7" },
      columnDefinitions: [{ name: "Name" }, { name: "Type" }],
      rows: [
        {
          cells: ["db", "Opaque"],
          object: { kind: "Secret", metadata: { name: "db" }, data: { password: "aHVudGVyMg==" } },
        },
      ],
    };
    const { result } = await collectFrom({ "/api/v1/secrets": answer(JSON.stringify(table)) });
    expect(result.snapshot.secrets.data).toBeNull();
    expect(result.snapshot.secrets.errors[0]?.message).toBe(
      "/api/v1/secrets: a Table row carries no PartialObjectMetadata (includeObject=Metadata was not honoured); the answer was discarded.",
    );
    expect(JSON.stringify(result)).not.toContain("aHVudGVyMg==");
  });

  it("falls back to a metadata-only Secret list, type unknown, from a server without Secret tables", async () => {
    let accept: string | undefined;
    const { result } = await collectFrom({
      "/api/v1/secrets": (request, response, isReusedSocket) => {
        accept = request.headers.accept;
        // What an API server without Table output picks from the collector's Accept header.
        const list = {
          kind: "PartialObjectMetadataList",
          apiVersion: "meta.k8s.io/v1",
          metadata: { resourceVersion: "7" },
          items: [{ kind: "PartialObjectMetadata", metadata: { name: "db", namespace: "shop", labels: { a: "b" } } }],
        };
        answer(JSON.stringify(list))(request, response, isReusedSocket);
      },
    });
    expect(accept).toBe(METADATA_TABLE_ACCEPT);
    expect(result.snapshot.secrets).toEqual({
      data: [
        {
          namespace: "shop",
          name: "db",
          labelKeys: ["a"],
          annotationKeys: [],
          creationTimestamp: null,
          type: null,
          immutable: null,
        },
      ],
      errors: [],
      listedAs: "metadata",
    });
  });

  it("refuses a Secret list whose pages change from a Table to a metadata list, keeping the first page", async () => {
    const row = (name: string) => ({
      cells: [name, "Opaque", 1, "1d"],
      object: { kind: "PartialObjectMetadata", metadata: { name, namespace: "shop" } },
    });
    const { result } = await collectFrom({
      "/api/v1/secrets": (request, response, isReusedSocket) => {
        const isFirst = !(request.url ?? "").includes("continue=");
        const page = isFirst
          ? {
              kind: "Table",
              metadata: { resourceVersion: "7", continue: "next" },
              columnDefinitions: [{ name: "Name" }, { name: "Type" }, { name: "Data" }, { name: "Age" }],
              rows: [row("a")],
            }
          : { kind: "PartialObjectMetadataList", metadata: { resourceVersion: "7" }, items: [row("b").object] };
        answer(JSON.stringify(page))(request, response, isReusedSocket);
      },
    });
    expect(result.snapshot.secrets).toMatchObject({
      data: [{ name: "a", type: "Opaque" }],
      errors: [
        {
          kind: "invalid-response",
          message:
            "/api/v1/secrets: the pages disagree on what they are (table, then metadata). The list is incomplete: only the first 1 item(s) were read.",
        },
      ],
      listedAs: "table",
    });
  });

  it("resends a request once when the server had closed the kept-alive socket it went out on", async () => {
    let hasDropped = false;
    const { server, result } = await collectFrom({
      "/api/v1/pods": (request, response, isReusedSocket) => {
        if (isReusedSocket && !hasDropped) {
          hasDropped = true;
          request.socket.destroy();
          return;
        }
        answer(JSON.stringify({ metadata: {}, items: [] }))(request, response, isReusedSocket);
      },
    });
    expect(hasDropped).toBe(true);
    expect(server.requests.filter((path) => path.startsWith("/api/v1/pods"))).toHaveLength(2);
    expect(result.snapshot.pods).toEqual({ data: [], errors: [] });
  });

  it("falls back to legacy discovery on servers without aggregated discovery", async () => {
    const groups = [...new Set(BUILTIN_RESOURCES.map((resource) => resource.group))];
    const resourceList = (group: string) =>
      answer(
        JSON.stringify({
          kind: "APIResourceList",
          resources: BUILTIN_RESOURCES.filter((resource) => resource.group === group).map((resource) => ({
            name: resource.resource,
            kind: resource.kind,
            namespaced: resource.isNamespaced,
            verbs: resource.verbs,
          })),
        }),
      );
    const apiGroups = groups.filter((group) => group !== "");
    const { server, result } = await collectFrom({
      "/api": answer(JSON.stringify({ kind: "APIVersions", versions: ["v1"] })),
      "/apis": answer(
        JSON.stringify({
          kind: "APIGroupList",
          groups: [...apiGroups, "unrelated.example.com"].map((name) => ({
            name,
            versions: [{ groupVersion: `${name}/v1`, version: "v1" }],
            preferredVersion: { groupVersion: `${name}/v1`, version: "v1" },
          })),
        }),
      ),
      "/api/v1": resourceList(""),
      ...Object.fromEntries(apiGroups.map((group) => [`/apis/${group}/v1`, resourceList(group)])),
    });
    expect(result.errors).toEqual([]);
    expect(result.snapshot.kyvernoPolicies).toEqual({ isServed: false, data: [], errors: [] });
    expect(result.snapshot.pods).toEqual({ data: [], errors: [] });
    expect(server.requests).toContain("/apis/apps/v1");
    expect(server.requests.some((path) => path.startsWith("/apis/unrelated.example.com"))).toBe(false);
  });

  it("keeps going without discovery when it is malformed: built-ins assumed, optional tools unknown", async () => {
    const { result } = await collectFrom({
      "/apis": answer(JSON.stringify({ kind: "APIGroupDiscoveryList", items: "x" })),
    });
    expect(result.snapshot.kyvernoPolicies).toMatchObject({ isServed: null, data: null });
    expect(result.snapshot.kyvernoPolicies.errors[0]).toMatchObject({
      target: "kubernetes:discovery",
      kind: "invalid-response",
    });
    expect(result.snapshot.networkPolicies).toEqual({ data: [], errors: [] });
  });

  it("does not stop on a malformed /version, and says why it is unknown", async () => {
    const { result } = await collectFrom({ "/version": answer(JSON.stringify({ gitVersion: 1 })) });
    expect(result.snapshot.version.data).toBeNull();
    expect(result.snapshot.version.errors[0]).toMatchObject({
      kind: "invalid-response",
      message: expect.stringMatching(/^\/version: gitVersion/),
    });
    expect(result.snapshot.pods).toEqual({ data: [], errors: [] });
  });

  it("refuses a kubelet configuration above 8 MiB for that node only", { timeout: 15_000 }, async () => {
    const { kubeletConfigs } = buildKubeFixture();
    const { server, kubeconfig } = await startFixtureCluster({
      kubeletConfigs: { ...kubeletConfigs, "worker-1": { padding: "x".repeat(9 * 1024 * 1024) } },
    });
    servers.push(server);
    const result = await collectKubernetes({ kubeconfig, ...OPTIONS, requestTimeoutMs: 5_000 });
    const configs = result.snapshot.kubeletConfigs.data ?? [];
    expect(configs.map((node) => [node.nodeName, node.data !== null, node.errors[0]?.kind])).toEqual([
      ["cp-1", true, undefined],
      ["worker-1", false, "invalid-response"],
      ["worker-2", true, undefined],
    ]);
  });
});
