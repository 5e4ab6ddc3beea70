// Proof from the simulator's request log that Lotse never asks for Secret data, and that what it
// keeps of Secrets and ConfigMaps holds no data either.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import { collectKubernetes, type KubernetesCollection } from "./collect-kubernetes";
import { METADATA_TABLE_ACCEPT } from "./list-kube-resource";
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
  it("lists Secrets only as a table of metadata rows, page by page, and never gets one by name", () => {
    const secretRequests = server.requestLog.filter((entry) => /\/secrets(\/|$)/.test(entry.path));
    expect(secretRequests.map((entry) => new URLSearchParams(entry.query).has("continue"))).toEqual([false, true]);
    for (const entry of secretRequests) {
      expect(entry).toMatchObject({
        method: "GET",
        path: "/api/v1/secrets",
        accept: METADATA_TABLE_ACCEPT,
        status: 200,
        output: "table",
      });
      expect(new URLSearchParams(entry.query).get("includeObject")).toBe("Metadata");
    }
  });

  it("keeps each Secret's type from the table, with neither data nor annotation values", () => {
    expect(result.snapshot.secrets).toEqual({
      data: [
        {
          namespace: "payments",
          name: "db-password",
          labelKeys: ["app"],
          annotationKeys: ["kubectl.kubernetes.io/last-applied-configuration"],
          creationTimestamp: "2026-01-10T08:00:00Z",
          type: "Opaque",
          // Note: the fixture's Secret is immutable, but the API tells that only with the data.
          immutable: null,
        },
        expect.objectContaining({ name: "registry-pull", type: "kubernetes.io/dockerconfigjson", immutable: null }),
      ],
      errors: [],
      listedAs: "table",
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(Buffer.from(SECRET_VALUE).toString("base64"));
  });

  it("reads ConfigMaps whole for their immutable flag, in pages, and keeps none of their data", () => {
    const configMapRequests = server.requestLog.filter((entry) => entry.path.includes("/configmaps"));
    expect(configMapRequests.map((entry) => [entry.path, entry.output])).toEqual([
      ["/api/v1/configmaps", "json"],
      ["/api/v1/configmaps", "json"],
    ]);
    expect(result.snapshot.configMaps).toEqual({
      data: [
        expect.objectContaining({ namespace: "shop", name: "feature-flags", immutable: false }),
        {
          namespace: "shop",
          name: "settings",
          labelKeys: [],
          annotationKeys: [],
          creationTimestamp: "2026-01-10T08:00:00Z",
          immutable: true,
        },
      ],
      errors: [],
    });
    expect(JSON.stringify(result.snapshot.configMaps)).not.toMatch(/token|flag-value/);
  });
});
