// The kubelet configz through the apiserver's node proxy, as Lotse reads kubelet settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { requestKube } from "./testing/request-kube";

const KUBELET = {
  enableServer: true,
  readOnlyPort: 0,
  authentication: { anonymous: { enabled: false } },
  rotateCertificates: true,
};

let server: KubeApiServer;
let denied: KubeApiServer;

beforeAll(async () => {
  const objects = buildTestObjects();
  [server, denied] = await Promise.all([
    startKubeApiServer({
      clusterName: "proxy",
      kubernetesVersion: "1.33.4",
      objects,
      seed: 3,
      kubeletConfigs: { "node-0": KUBELET },
    }),
    startKubeApiServer({
      clusterName: "proxy-denied",
      kubernetesVersion: "1.33.4",
      objects,
      seed: 3,
      faults: { forbidden: ["nodes/proxy"] },
      kubeletConfigs: { "node-0": KUBELET },
    }),
  ]);
});

afterAll(async () => {
  await Promise.all([server.close(), denied.close()]);
});

describe("node proxy configz", () => {
  it("returns the kubelet's configz document for a node with a configuration", async () => {
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "client-certificate" });
    const response = await requestKube({ kubeconfig, path: "/api/v1/nodes/node-0/proxy/configz" });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ kubeletconfig: KUBELET });
    const withPort = await requestKube({ kubeconfig, path: "/api/v1/nodes/node-0:10250/proxy/configz" });
    expect(withPort.json()).toEqual({ kubeletconfig: KUBELET });
  });

  it("answers 404 for an unknown node, 503 for a node without kubelet data, kubelet 404 for other paths", async () => {
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
    const unknown = await requestKube({ kubeconfig, path: "/api/v1/nodes/ghost/proxy/configz" });
    expect(unknown.json()).toMatchObject({ reason: "NotFound", message: 'nodes "ghost" not found', code: 404 });
    const unreachable = await requestKube({ kubeconfig, path: "/api/v1/nodes/node-1/proxy/configz" });
    expect(unreachable.json()).toMatchObject({
      reason: "ServiceUnavailable",
      code: 503,
      message: "error trying to reach service: dial tcp 10.0.0.11:10250: connect: connection refused",
    });
    const other = await requestKube({ kubeconfig, path: "/api/v1/nodes/node-0/proxy/metrics/cadvisor" });
    expect([other.status, other.body]).toEqual([404, "404 page not found\n"]);
  });

  it("answers 403 when nodes/proxy is forbidden, while nodes stay readable", async () => {
    const kubeconfig = await denied.createKubeconfig({ user: "lotse", auth: "client-certificate" });
    const response = await requestKube({ kubeconfig, path: "/api/v1/nodes/node-0/proxy/configz" });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({
      message:
        'nodes "node-0" is forbidden: User "lotse" cannot get resource "nodes/proxy" in API group "" at the cluster scope',
      reason: "Forbidden",
      details: { name: "node-0", kind: "nodes" },
    });
    expect((await requestKube({ kubeconfig, path: "/api/v1/nodes/node-0" })).status).toBe(200);
  });
});
