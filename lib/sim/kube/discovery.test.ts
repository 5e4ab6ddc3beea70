// Discovery documents on the wire, legacy and aggregated, as client-go and kubectl read them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { requestKube } from "./testing/request-kube";

const AGGREGATED =
  "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

let server: KubeApiServer;
let kubeconfig: string;

beforeAll(async () => {
  server = await startKubeApiServer({
    clusterName: "disc",
    kubernetesVersion: "1.29.8",
    objects: buildTestObjects(),
    seed: 1,
  });
  kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
});

afterAll(async () => {
  await server.close();
});

describe("discovery", () => {
  it("reports /version for the cluster's Kubernetes version, also to anonymous clients", async () => {
    const response = await requestKube({ kubeconfig, path: "/version", anonymous: true });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      major: "1",
      minor: "29",
      gitVersion: "v1.29.8",
      platform: "linux/amd64",
      compiler: "gc",
    });
    expect(response.json()).not.toHaveProperty("emulationMinor");
  });

  it("answers /api and /apis in the legacy format by default", async () => {
    const api = (await requestKube({ kubeconfig, path: "/api" })).json();
    expect(api).toEqual({
      kind: "APIVersions",
      versions: ["v1"],
      serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: `127.0.0.1:${server.port}` }],
    });
    const apis = (await requestKube({ kubeconfig, path: "/apis" })).json() as {
      kind: string;
      groups: { name: string; preferredVersion: { groupVersion: string } }[];
    };
    expect(apis.kind).toBe("APIGroupList");
    const names = apis.groups.map((group) => group.name);
    expect(names.slice(0, 3)).toEqual(["apps", "authentication.k8s.io", "authorization.k8s.io"]);
    expect(names).toEqual(
      expect.arrayContaining([
        "batch",
        "rbac.authorization.k8s.io",
        "networking.k8s.io",
        "admissionregistration.k8s.io",
        "apiextensions.k8s.io",
        "kyverno.io",
        "velero.io",
      ]),
    );
    // CRD groups come after the built-in ones.
    expect(names.indexOf("kyverno.io")).toBeGreaterThan(names.indexOf("apiextensions.k8s.io"));
    expect(apis.groups.find((group) => group.name === "kyverno.io")?.preferredVersion.groupVersion).toBe(
      "kyverno.io/v1",
    );
  });

  it("lists resources of a group version with names, scope, kind, verbs and short names", async () => {
    const core = (await requestKube({ kubeconfig, path: "/api/v1" })).json() as {
      groupVersion: string;
      resources: Record<string, unknown>[];
    };
    expect(core.groupVersion).toBe("v1");
    expect(core.resources.find((resource) => resource.name === "pods")).toEqual({
      name: "pods",
      singularName: "pod",
      namespaced: true,
      kind: "Pod",
      verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
      shortNames: ["po"],
      categories: ["all"],
    });
    expect(core.resources.find((resource) => resource.name === "nodes/proxy")).toMatchObject({
      kind: "NodeProxyOptions",
      namespaced: false,
    });
    const kyverno = (await requestKube({ kubeconfig, path: "/apis/kyverno.io/v2beta1" })).json() as {
      resources: Record<string, unknown>[];
    };
    expect(kyverno.resources).toEqual([
      expect.objectContaining({
        name: "clusterpolicies",
        singularName: "clusterpolicy",
        namespaced: false,
        kind: "ClusterPolicy",
        shortNames: ["cpol"],
      }),
    ]);
    const group = (await requestKube({ kubeconfig, path: "/apis/kyverno.io" })).json();
    expect(group).toMatchObject({
      kind: "APIGroup",
      name: "kyverno.io",
      versions: [{ groupVersion: "kyverno.io/v1" }, { groupVersion: "kyverno.io/v2beta1" }],
    });
  });

  it("serves only the resources this Kubernetes version has", async () => {
    const admission = (await requestKube({ kubeconfig, path: "/apis/admissionregistration.k8s.io/v1" })).json() as {
      resources: { name: string }[];
    };
    expect(admission.resources.map((resource) => resource.name)).toEqual([
      "mutatingwebhookconfigurations",
      "validatingwebhookconfigurations",
    ]);
    expect(
      (await requestKube({ kubeconfig, path: "/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicies" }))
        .status,
    ).toBe(404);
    expect((await requestKube({ kubeconfig, path: "/apis/example.com/v1" })).status).toBe(404);
  });

  it("answers aggregated discovery when asked for it, with its content type", async () => {
    const response = await requestKube({ kubeconfig, path: "/apis", accept: AGGREGATED });
    expect(response.headers["content-type"]).toBe(
      "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList",
    );
    const body = response.json() as {
      kind: string;
      apiVersion: string;
      items: { metadata: { name: string }; versions: { version: string; resources: Record<string, unknown>[] }[] }[];
    };
    expect(body.kind).toBe("APIGroupDiscoveryList");
    expect(body.apiVersion).toBe("apidiscovery.k8s.io/v2");
    const velero = body.items.find((item) => item.metadata.name === "velero.io");
    expect(velero?.versions).toEqual([
      {
        version: "v1",
        freshness: "Current",
        resources: [
          {
            resource: "schedules",
            responseKind: { group: "velero.io", version: "v1", kind: "Schedule" },
            scope: "Namespaced",
            singularResource: "schedule",
            verbs: expect.arrayContaining(["get", "list"]),
          },
        ],
      },
    ]);
    const core = (await requestKube({ kubeconfig, path: "/api", accept: AGGREGATED })).json() as {
      items: { metadata: Record<string, unknown>; versions: { resources: { resource: string }[] }[] }[];
    };
    expect(core.items).toHaveLength(1);
    expect(core.items[0]?.metadata).toEqual({ creationTimestamp: null });
    expect(core.items[0]?.versions[0]?.resources.map((resource) => resource.resource)).toContain("secrets");
    const beta = await requestKube({
      kubeconfig,
      path: "/apis",
      accept: "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList",
    });
    expect(beta.json().apiVersion).toBe("apidiscovery.k8s.io/v2beta1");
  });

  it("refuses media types it cannot produce with 406 and unknown paths with 404", async () => {
    const protobufOnly = await requestKube({
      kubeconfig,
      path: "/api/v1/pods",
      accept: "application/vnd.kubernetes.protobuf",
    });
    expect(protobufOnly.status).toBe(406);
    expect(protobufOnly.json()).toMatchObject({ reason: "NotAcceptable", code: 406 });
    const unknown = await requestKube({ kubeconfig, path: "/api/v1/foos" });
    expect(unknown.json()).toMatchObject({
      reason: "NotFound",
      message: "the server could not find the requested resource",
      code: 404,
    });
    const nonApi = await requestKube({ kubeconfig, path: "/metrics" });
    expect([nonApi.status, nonApi.body]).toEqual([404, "404 page not found\n"]);
  });
});
