// The simulator against the official JavaScript client, unchanged: what Lotse's collectors use.
import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  RbacAuthorizationV1Api,
  setHeaderOptions,
  type V1ObjectMeta,
} from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { requestKube } from "./testing/request-kube";

const METADATA_LIST = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

/** What a metadata-only list decodes to; the generated client has no type for it. */
interface PartialObjectMetadataList {
  kind: string;
  apiVersion: string;
  items: { metadata?: V1ObjectMeta }[];
}

let server: KubeApiServer;
let kubeconfig: string;

function client(config = kubeconfig): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(config);
  return kc;
}

async function apiError(promise: Promise<unknown>): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    const body: unknown = error.body;
    return { code: error.code, body: (typeof body === "string" ? JSON.parse(body) : body) as Record<string, unknown> };
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  server = await startKubeApiServer({
    clusterName: "edge-berlin-1",
    kubernetesVersion: "1.33.4",
    objects: buildTestObjects({ nodeCount: 3, podCount: 25 }),
    faults: { forbidden: ["clusterroles"] },
    seed: 42,
  });
  kubeconfig = await server.createKubeconfig({ user: "lotse", groups: ["lotse:readers"], auth: "client-certificate" });
});

afterAll(async () => {
  await server.close();
});

describe("startKubeApiServer with @kubernetes/client-node", () => {
  it("pages through all pods with limit and continue, in namespace/name order", async () => {
    const core = client().makeApiClient(CoreV1Api);
    const names: string[] = [];
    const versions = new Set<string>();
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await core.listPodForAllNamespaces({ limit: 10, _continue: token });
      pages += 1;
      names.push(...page.items.map((pod) => `${pod.metadata?.namespace}/${pod.metadata?.name}`));
      versions.add(page.metadata?.resourceVersion ?? "");
      if (pages === 1) expect(page.metadata?.remainingItemCount).toBe(15);
      token = page.metadata?._continue;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(names).toHaveLength(25);
    expect(new Set(names).size).toBe(25);
    expect(names).toEqual([...names].sort());
    expect(versions.size).toBe(1);
  }, 10_000);

  it("lists in a namespace with label and field selectors", async () => {
    const core = client().makeApiClient(CoreV1Api);
    const inShop = await core.listNamespacedPod({ namespace: "shop" });
    expect(inShop.items.every((pod) => pod.metadata?.namespace === "shop")).toBe(true);
    expect(inShop.items).toHaveLength(6);
    const web = await core.listPodForAllNamespaces({ labelSelector: "app=web", fieldSelector: "spec.nodeName=node-1" });
    expect(web.items.map((pod) => pod.metadata?.name)).toEqual(["pod-0004", "pod-0016", "pod-0010", "pod-0022"]);
    const pod = await core.readNamespacedPod({ namespace: "shop", name: "pod-0003" });
    expect(pod.spec?.nodeName).toBe("node-0");
    expect(pod.metadata?.resourceVersion).toMatch(/^\d+$/);
  }, 10_000);

  it("serves RBAC objects and answers a forbidden resource with RBAC's 403", async () => {
    const rbac = client().makeApiClient(RbacAuthorizationV1Api);
    const bindings = await rbac.listClusterRoleBinding();
    expect(bindings.items.map((binding) => binding.metadata?.name)).toEqual(["cluster-admin"]);
    expect(bindings.items[0]?.subjects?.[0]?.name).toBe("system:masters");
    const denied = await apiError(rbac.listClusterRole());
    expect(denied.code).toBe(403);
    expect(denied.body).toEqual({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message:
        'clusterroles.rbac.authorization.k8s.io is forbidden: User "lotse" cannot list resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope',
      reason: "Forbidden",
      details: { group: "rbac.authorization.k8s.io", kind: "clusterroles" },
      code: 403,
    });
  }, 10_000);

  it("answers a metadata-only list without Secret data, and logs what was asked", async () => {
    const core = client().makeApiClient(CoreV1Api);
    const before = server.requestLog.length;
    const list = (await core.listSecretForAllNamespaces(
      {},
      setHeaderOptions("Accept", METADATA_LIST),
    )) as unknown as PartialObjectMetadataList;
    expect(list.kind).toBe("PartialObjectMetadataList");
    expect(list.apiVersion).toBe("meta.k8s.io/v1");
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.metadata?.name).toBe("db-password");
    expect(JSON.stringify(list)).not.toContain("hunter2");
    expect(JSON.stringify(list)).not.toContain(Buffer.from("hunter2").toString("base64"));
    const entry = server.requestLog.slice(before).find((logged) => logged.path === "/api/v1/secrets");
    expect(entry).toMatchObject({ method: "GET", accept: METADATA_LIST, user: "lotse", status: 200 });
    expect(entry?.groups).toEqual(["lotse:readers", "system:authenticated"]);

    // The server itself does hand out Secret data to a client that asks for it.
    const full = await requestKube({ kubeconfig, path: "/api/v1/namespaces/payments/secrets/db-password" });
    expect(full.json().data).toEqual({ password: Buffer.from("hunter2").toString("base64") });
    expect(server.requestLog.at(-1)).toMatchObject({
      path: "/api/v1/namespaces/payments/secrets/db-password",
      accept: undefined,
    });
  }, 10_000);

  it("answers 410 Expired for a continue token after compaction", async () => {
    const core = client().makeApiClient(CoreV1Api);
    const first = await core.listPodForAllNamespaces({ limit: 5 });
    expect(first.metadata?._continue).toBeTruthy();
    server.expireContinueTokens();
    const expired = await apiError(core.listPodForAllNamespaces({ limit: 5, _continue: first.metadata?._continue }));
    expect(expired.code).toBe(410);
    expect(expired.body).toMatchObject({ kind: "Status", status: "Failure", reason: "Expired", code: 410 });
    expect(String(expired.body.message)).toMatch(/^The provided continue parameter is too old/);
    // A fresh list works again.
    const fresh = await core.listPodForAllNamespaces({ limit: 5 });
    const second = await core.listPodForAllNamespaces({ limit: 5, _continue: fresh.metadata?._continue });
    expect(second.items[0]?.metadata?.name).not.toBe(fresh.items[0]?.metadata?.name);
  }, 10_000);

  it("answers 404 NotFound Status for a missing object", async () => {
    const core = client().makeApiClient(CoreV1Api);
    const missing = await apiError(core.readNamespacedPod({ namespace: "shop", name: "nope" }));
    expect(missing).toEqual({
      code: 404,
      body: {
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Failure",
        message: 'pods "nope" not found',
        reason: "NotFound",
        details: { name: "nope", kind: "pods" },
        code: 404,
      },
    });
  }, 10_000);

  it("serves custom resources of the cluster's CRDs", async () => {
    const custom = client().makeApiClient(CustomObjectsApi);
    const policies = (await custom.listClusterCustomObject({
      group: "kyverno.io",
      version: "v1",
      plural: "clusterpolicies",
    })) as {
      kind: string;
      items: { apiVersion: string; kind: string; metadata: { name: string } }[];
    };
    expect(policies.kind).toBe("ClusterPolicyList");
    expect(policies.items).toEqual([
      expect.objectContaining({
        apiVersion: "kyverno.io/v1",
        kind: "ClusterPolicy",
        metadata: expect.objectContaining({ name: "require-labels" }),
      }),
    ]);
    // Served in every version of the CRD, converted by apiVersion.
    const v2 = (await custom.getClusterCustomObject({
      group: "kyverno.io",
      version: "v2beta1",
      plural: "clusterpolicies",
      name: "require-labels",
    })) as { apiVersion: string };
    expect(v2.apiVersion).toBe("kyverno.io/v2beta1");
  }, 10_000);

  it("authenticates bearer tokens and rejects expired or missing credentials with 401", async () => {
    const tokenConfig = await server.createKubeconfig({ user: "system:serviceaccount:lotse:collector", auth: "token" });
    const namespaces = await client(tokenConfig).makeApiClient(CoreV1Api).listNamespace();
    expect(namespaces.items.map((ns) => ns.metadata?.name)).toEqual(["default", "kube-system", "payments", "shop"]);
    const expiredConfig = await server.createKubeconfig({ user: "old", auth: "token", expired: true });
    const rejected = await requestKube({ kubeconfig: expiredConfig, path: "/api/v1/namespaces" });
    expect(rejected.status).toBe(401);
    expect(rejected.json()).toEqual({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: "Unauthorized",
      reason: "Unauthorized",
      code: 401,
    });
    const anonymous = await requestKube({ kubeconfig, path: "/api/v1/namespaces", anonymous: true });
    expect(anonymous.status).toBe(401);
    expect(server.requestLog.at(-1)).toMatchObject({ path: "/api/v1/namespaces", user: undefined, status: 401 });
    const health = await requestKube({ kubeconfig, path: "/readyz", anonymous: true });
    expect([health.status, health.body]).toEqual([200, "ok"]);
  }, 10_000);
});
