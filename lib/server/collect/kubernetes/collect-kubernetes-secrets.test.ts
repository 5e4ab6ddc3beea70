// Proof from the simulator's request log that Lotse never asks for Secret (or ConfigMap) data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import { collectKubernetes, type KubernetesCollection } from "./collect-kubernetes";
import { METADATA_LIST_ACCEPT } from "./list-kube-resource";
import { SECRET_VALUE } from "./testing/build-kube-fixture";
import { startFixtureCluster } from "./testing/start-fixture-cluster";

let server: KubeApiServer;
let result: KubernetesCollection;

beforeAll(async () => {
  const started = await startFixtureCluster();
  server = started.server;
  // Small pages, so that continue requests are part of the proof too.
  result = await collectKubernetes({
    kubeconfig: started.kubeconfig,
    deadlineMs: 20_000,
    requestTimeoutMs: 5_000,
    pageSize: 1,
    concurrency: 5,
  });
});

afterAll(async () => {
  await server.close();
});

describe("Secret data never leaves the cluster", () => {
  it("lists Secrets and ConfigMaps only as PartialObjectMetadataList, and never gets one by name", () => {
    const touching = server.requestLog.filter((entry) => /\/(secrets|configmaps)(\/|$)/.test(entry.path));
    expect(touching.length).toBeGreaterThanOrEqual(2);
    for (const entry of touching) {
      expect(entry).toMatchObject({ method: "GET", accept: METADATA_LIST_ACCEPT, status: 200 });
      expect(entry.path).toMatch(/^\/api\/v1\/(secrets|configmaps)$/);
    }
    expect(touching.filter((entry) => entry.path === "/api/v1/secrets").length).toBeGreaterThanOrEqual(1);
    expect(server.requestLog.every((entry) => !entry.path.includes("/secrets/"))).toBe(true);
  });

  it("keeps neither data nor annotation values of Secrets and ConfigMaps in the snapshot", () => {
    expect(result.snapshot.secrets.data).toEqual([
      expect.objectContaining({
        name: "db-password",
        annotationKeys: ["kubectl.kubernetes.io/last-applied-configuration"],
        type: null,
        immutable: null,
      }),
    ]);
    const text = JSON.stringify(result);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(Buffer.from(SECRET_VALUE).toString("base64"));
  });
});
