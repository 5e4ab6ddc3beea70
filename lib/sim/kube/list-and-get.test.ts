// Wire formats of list and get beyond plain JSON: tables, metadata-only objects, typed list
// items, selectors and the errors a real apiserver gives for requests it cannot serve.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { requestKube } from "./testing/request-kube";

const TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
const NOW = new Date("2026-01-12T10:30:00Z");

let server: KubeApiServer;
let kubeconfig: string;

beforeAll(async () => {
  server = await startKubeApiServer({
    clusterName: "wire",
    kubernetesVersion: "1.33.4",
    objects: buildTestObjects(),
    seed: 2,
    now: () => NOW,
  });
  kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "client-certificate" });
});

afterAll(async () => {
  await server.close();
});

describe("list and get wire formats", () => {
  it("writes typed list items without apiVersion/kind and custom resource items with them", async () => {
    const pods = (await requestKube({ kubeconfig, path: "/api/v1/namespaces/shop/pods?limit=1" })).json() as {
      kind: string;
      apiVersion: string;
      items: Record<string, unknown>[];
    };
    expect([pods.kind, pods.apiVersion]).toEqual(["PodList", "v1"]);
    expect(Object.keys(pods.items[0] ?? {})).toEqual(["metadata", "spec", "status"]);
    const schedules = (await requestKube({ kubeconfig, path: "/apis/velero.io/v1/schedules" })).json() as {
      kind: string;
      items: Record<string, unknown>[];
    };
    expect(schedules.kind).toBe("ScheduleList");
    expect(schedules.items[0]).toMatchObject({ apiVersion: "velero.io/v1", kind: "Schedule" });
    const pod = (await requestKube({ kubeconfig, path: "/api/v1/namespaces/shop/pods/pod-0003" })).json();
    expect(Object.keys(pod).slice(0, 3)).toEqual(["kind", "apiVersion", "metadata"]);
  });

  it("answers metadata-only gets and lists as PartialObjectMetadata(List)", async () => {
    const object = await requestKube({
      kubeconfig,
      path: "/api/v1/namespaces/payments/secrets/db-password",
      accept: "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json",
    });
    expect(object.json()).toEqual({
      kind: "PartialObjectMetadata",
      apiVersion: "meta.k8s.io/v1",
      metadata: expect.objectContaining({
        name: "db-password",
        namespace: "payments",
        resourceVersion: expect.any(String),
      }),
    });
    const list = (
      await requestKube({
        kubeconfig,
        path: "/api/v1/configmaps",
        accept: "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1",
      })
    ).json();
    expect(list).toMatchObject({
      kind: "PartialObjectMetadataList",
      apiVersion: "meta.k8s.io/v1",
      metadata: { resourceVersion: expect.any(String) },
    });
    expect(list.items).toEqual([
      {
        kind: "PartialObjectMetadata",
        apiVersion: "meta.k8s.io/v1",
        metadata: expect.objectContaining({ name: "settings" }),
      },
    ]);
    const mismatch = await requestKube({
      kubeconfig,
      path: "/api/v1/configmaps",
      accept: "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1",
    });
    expect(mismatch.json()).toMatchObject({ reason: "NotAcceptable", code: 406 });
  });

  it("renders tables with the built-in printers and metadata row objects", async () => {
    const table = (await requestKube({ kubeconfig, path: "/api/v1/nodes", accept: TABLE })).json() as {
      kind: string;
      columnDefinitions: { name: string; priority: number }[];
      rows: { cells: unknown[]; object: { kind: string; metadata: { name: string } } }[];
    };
    expect(table.kind).toBe("Table");
    expect(table.columnDefinitions.filter((column) => column.priority === 0).map((column) => column.name)).toEqual([
      "Name",
      "Status",
      "Roles",
      "Age",
      "Version",
    ]);
    expect(table.rows[0]?.cells.slice(0, 5)).toEqual(["node-0", "Ready", "control-plane", "2d2h", "v1.33.4"]);
    expect(table.rows[0]?.object).toMatchObject({ kind: "PartialObjectMetadata", metadata: { name: "node-0" } });
    const crds = (
      await requestKube({
        kubeconfig,
        path: "/apis/apiextensions.k8s.io/v1/customresourcedefinitions?includeObject=None",
        accept: TABLE,
      })
    ).json() as {
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[]; object: unknown }[];
    };
    expect(crds.columnDefinitions.map((column) => column.name)).toEqual(["Name", "Created At"]);
    expect(crds.rows[0]).toEqual({ cells: ["clusterpolicies.kyverno.io", "2026-01-10T08:00:00Z"], object: null });
  });

  it("renders the Secret table as the apiserver does: type and key count, metadata rows, no data", async () => {
    const accept =
      "application/json;as=Table;g=meta.k8s.io;v=v1,application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
    const response = await requestKube({ kubeconfig, path: "/api/v1/secrets?limit=1&includeObject=Metadata", accept });
    expect(response.body).not.toContain(Buffer.from("hunter2").toString("base64"));
    const table = response.json() as {
      kind: string;
      metadata: { resourceVersion?: string };
      columnDefinitions: { name: string; type: string; priority: number }[];
      rows: { cells: unknown[]; object: Record<string, unknown> }[];
    };
    expect(table).toMatchObject({
      kind: "Table",
      apiVersion: "meta.k8s.io/v1",
      metadata: { resourceVersion: expect.any(String) },
    });
    expect(table.columnDefinitions.map((column) => [column.name, column.type, column.priority])).toEqual([
      ["Name", "string", 0],
      ["Type", "string", 0],
      ["Data", "string", 0],
      ["Age", "string", 0],
    ]);
    expect(table.rows).toEqual([
      {
        cells: ["db-password", "Opaque", 1, "2d2h"],
        object: {
          kind: "PartialObjectMetadata",
          apiVersion: "meta.k8s.io/v1",
          metadata: expect.objectContaining({ name: "db-password", namespace: "payments" }),
        },
      },
    ]);
    expect(server.requestLog.at(-1)).toMatchObject({ path: "/api/v1/secrets", status: 200, output: "table" });
    const objects = await requestKube({ kubeconfig, path: "/api/v1/secrets" });
    expect(objects.body).toContain(Buffer.from("hunter2").toString("base64"));
    expect(server.requestLog.at(-1)).toMatchObject({ path: "/api/v1/secrets", output: "json" });
  });

  it("rejects unsupported field selectors, watches and writes like the apiserver", async () => {
    const field = await requestKube({ kubeconfig, path: "/api/v1/pods?fieldSelector=spec.foo%3Dbar" });
    expect(field.json()).toMatchObject({
      reason: "BadRequest",
      message: "field label not supported: spec.foo",
      code: 400,
    });
    const label = await requestKube({ kubeconfig, path: "/api/v1/pods?labelSelector=app%20in%20web" });
    expect(label.json()).toMatchObject({ reason: "BadRequest", code: 400 });
    const watch = await requestKube({ kubeconfig, path: "/api/v1/pods?watch=true" });
    expect(watch.json()).toMatchObject({ reason: "MethodNotAllowed", code: 405 });
    const create = await requestKube({
      kubeconfig,
      path: "/api/v1/namespaces/shop/configmaps",
      method: "POST",
      body: "{}",
    });
    expect(create.json()).toMatchObject({ reason: "MethodNotAllowed", code: 405 });
    const badToken = await requestKube({ kubeconfig, path: "/api/v1/pods?limit=1&continue=garbage" });
    expect(badToken.json()).toMatchObject({ reason: "BadRequest", code: 400 });
    expect((await requestKube({ kubeconfig, path: "/api/v1/pods/pod-0003" })).status).toBe(404);
  });

  it("answers SelfSubjectReview and SelfSubjectAccessReview from the simulated RBAC", async () => {
    const review = await requestKube({
      kubeconfig,
      path: "/apis/authentication.k8s.io/v1/selfsubjectreviews",
      method: "POST",
      body: JSON.stringify({ kind: "SelfSubjectReview", apiVersion: "authentication.k8s.io/v1" }),
    });
    expect(review.status).toBe(201);
    expect(review.json()).toMatchObject({
      status: { userInfo: { username: "lotse", groups: ["system:authenticated"] } },
    });
    const access = (verb: string) =>
      requestKube({
        kubeconfig,
        path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
        method: "POST",
        body: JSON.stringify({ spec: { resourceAttributes: { verb, resource: "secrets", namespace: "payments" } } }),
      });
    expect((await access("list")).json()).toMatchObject({ kind: "SelfSubjectAccessReview", status: { allowed: true } });
    expect((await access("delete")).json()).toMatchObject({ status: { allowed: false } });
  });

  it("serves the new objects after setObjects, with a higher resourceVersion", async () => {
    const before = (await requestKube({ kubeconfig, path: "/api/v1/namespaces" })).json() as {
      metadata: { resourceVersion: string };
    };
    const drifted = buildTestObjects().filter((object) => object.kind !== "NetworkPolicy");
    server.setObjects({ objects: drifted });
    const after = (await requestKube({ kubeconfig, path: "/apis/networking.k8s.io/v1/networkpolicies" })).json() as {
      metadata: { resourceVersion: string };
      items: unknown[];
    };
    expect(after.items).toEqual([]);
    expect(Number(after.metadata.resourceVersion)).toBeGreaterThan(Number(before.metadata.resourceVersion));
  });
});
