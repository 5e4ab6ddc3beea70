// Every KubeFaults field, observed from the client side over real TLS and TCP.
import { X509Certificate } from "node:crypto";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { KubeFaults } from "@/lib/sim/model";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { readKubeconfig, requestKube } from "./testing/request-kube";

const started: KubeApiServer[] = [];

async function start(faults: KubeFaults, seed = 5): Promise<KubeApiServer> {
  const server = await startKubeApiServer({
    clusterName: "faulty",
    kubernetesVersion: "1.33.4",
    objects: buildTestObjects(),
    faults,
    seed,
  });
  started.push(server);
  return server;
}

async function statusSequence(server: KubeApiServer, count: number): Promise<number[]> {
  const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1)
    statuses.push((await requestKube({ kubeconfig, path: "/api/v1/namespaces" })).status);
  return statuses;
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return String((error as { code?: string }).code ?? cause?.code ?? (error as Error).name);
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

describe("kube faults", () => {
  it("refuse: nothing listens on the port", async () => {
    const server = await start({ refuse: true });
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
    const failure = await requestKube({ kubeconfig, path: "/version" }).catch((error: unknown) => error);
    expect(errorCode(failure)).toBe("ECONNREFUSED");
  });

  it("tarpit: TCP connects but the server never answers, so only the client's deadline ends it", async () => {
    const server = await start({ tarpit: true });
    const socket = net.connect(server.port, "127.0.0.1");
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    socket.destroy();
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
    const failure = await requestKube({ kubeconfig, path: "/version", timeoutMs: 300 }).catch(
      (error: unknown) => error,
    );
    expect(errorCode(failure)).toBe("ABORT_ERR");
  });

  it("latencyMs: responses are held back at least that long, and close() drops held responses", async () => {
    const server = await start({ latencyMs: 400 });
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "token" });
    const before = performance.now();
    const response = await requestKube({ kubeconfig, path: "/version" });
    expect(response.status).toBe(200);
    expect(performance.now() - before).toBeGreaterThanOrEqual(395);

    const slow = await start({ latencyMs: 60_000 });
    const slowConfig = await slow.createKubeconfig({ user: "lotse", auth: "token" });
    const pending = requestKube({ kubeconfig: slowConfig, path: "/version", timeoutMs: 10_000 }).catch(
      (error: unknown) => error,
    );
    await new Promise<void>((resolve) => {
      const poll = () => (slow.requestLog.length > 0 ? resolve() : setImmediate(poll));
      poll();
    });
    await slow.close();
    expect(errorCode(await pending)).toBe("ECONNRESET");
  }, 10_000);

  it("errorRate: 500 InternalError Statuses, deterministic for a seed", async () => {
    const always = await statusSequence(await start({ errorRate: 1 }), 1);
    expect(always).toEqual([500]);
    const failing = await start({ errorRate: 1 });
    const body = (
      await requestKube({
        kubeconfig: await failing.createKubeconfig({ user: "u", auth: "token" }),
        path: "/api/v1/pods",
      })
    ).json();
    expect(body).toMatchObject({
      kind: "Status",
      status: "Failure",
      reason: "InternalError",
      code: 500,
      details: { causes: [{ message: "etcdserver: request timed out" }] },
    });

    // Storage fails after authorization, as in the apiserver: a forbidden resource stays 403.
    const denied = await start({ errorRate: 1, forbidden: ["secrets"] });
    const deniedConfig = await denied.createKubeconfig({ user: "u", auth: "token" });
    expect((await requestKube({ kubeconfig: deniedConfig, path: "/api/v1/secrets" })).status).toBe(403);

    const first = await statusSequence(await start({ errorRate: 0.5 }, 11), 16);
    const again = await statusSequence(await start({ errorRate: 0.5 }, 11), 16);
    const otherSeed = await statusSequence(await start({ errorRate: 0.5 }, 12), 16);
    expect(again).toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(500);
    expect(otherSeed).not.toEqual(first);
  }, 15_000);

  it("throttleRate: 429 TooManyRequests with Retry-After", async () => {
    const server = await start({ throttleRate: 1 });
    const response = await requestKube({
      kubeconfig: await server.createKubeconfig({ user: "u", auth: "token" }),
      path: "/api/v1/pods",
    });
    expect(response.status).toBe(429);
    expect(response.headers["retry-after"]).toBe("1");
    expect(response.json()).toEqual({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: "Too many requests, please try again later.",
      reason: "TooManyRequests",
      details: { retryAfterSeconds: 1 },
      code: 429,
    });
  });

  it("expiredClientCert: the kubeconfig's certificate is expired and answered 401; tokens still work", async () => {
    const server = await start({ expiredClientCert: true });
    const kubeconfig = await server.createKubeconfig({
      user: "lotse",
      groups: ["lotse:readers"],
      auth: "client-certificate",
    });
    const { cert } = readKubeconfig({ kubeconfig });
    expect(new Date(new X509Certificate(cert ?? "").validTo).getTime()).toBeLessThan(Date.now());
    const rejected = await requestKube({ kubeconfig, path: "/api/v1/namespaces" });
    expect(rejected.status).toBe(401);
    expect(rejected.json()).toMatchObject({ reason: "Unauthorized", code: 401 });
    const token = await requestKube({
      kubeconfig: await server.createKubeconfig({ user: "lotse", auth: "token" }),
      path: "/api/v1/namespaces",
    });
    expect(token.status).toBe(200);
  });

  it("expiredServerCert: clients reject the serving certificate", async () => {
    const server = await start({ expiredServerCert: true });
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "client-certificate" });
    const failure = await requestKube({ kubeconfig, path: "/version" }).catch((error: unknown) => error);
    expect(errorCode(failure)).toBe("CERT_HAS_EXPIRED");
  });

  it("wrongCa: the kubeconfig's CA did not sign the serving certificate; the true CA works", async () => {
    const server = await start({ wrongCa: true });
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "client-certificate" });
    const failure = await requestKube({ kubeconfig, path: "/version" }).catch((error: unknown) => error);
    expect(errorCode(failure)).toMatch(
      /^(UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_SIGNATURE_FAILURE|SELF_SIGNED_CERT_IN_CHAIN)$/,
    );
    const fixed = parse(kubeconfig) as { clusters: { cluster: Record<string, string> }[] };
    const cluster = fixed.clusters[0]?.cluster;
    if (!cluster) throw new Error("no cluster");
    cluster["certificate-authority-data"] = Buffer.from(server.caCertPem).toString("base64");
    const response = await requestKube({ kubeconfig: stringify(fixed), path: "/api/v1/namespaces" });
    expect(response.status).toBe(200);
  });

  it("forbidden: RBAC's 403 wording for namespaced gets and lists", async () => {
    const server = await start({ forbidden: ["secrets", "deployments.apps"] });
    const kubeconfig = await server.createKubeconfig({ user: "lotse", auth: "client-certificate" });
    const get = await requestKube({ kubeconfig, path: "/api/v1/namespaces/payments/secrets/db-password" });
    expect(get.status).toBe(403);
    expect(get.json()).toMatchObject({
      message:
        'secrets "db-password" is forbidden: User "lotse" cannot get resource "secrets" in API group "" in the namespace "payments"',
      reason: "Forbidden",
      details: { name: "db-password", kind: "secrets" },
    });
    const list = await requestKube({ kubeconfig, path: "/apis/apps/v1/namespaces/shop/deployments" });
    expect(list.json().message).toBe(
      'deployments.apps is forbidden: User "lotse" cannot list resource "deployments" in API group "apps" in the namespace "shop"',
    );
    expect((await requestKube({ kubeconfig, path: "/api/v1/pods" })).status).toBe(200);
  });
});
