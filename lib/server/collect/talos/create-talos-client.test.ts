// Lotse's Talos client against the simulated apid: real TLS, real gRPC, no mocks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TalosFaults } from "@/lib/sim/model";
import { buildTalosNodeState, startTalosApiServer, type TalosApiServer, type TalosNodeState } from "@/lib/sim/talos";
import { createTalosClient, type TalosClient } from "./create-talos-client";
import { probeTalosVersion } from "./probe-talos-version";
import { readTalosconfigContext } from "./read-talosconfig-context";
import { TalosApiError } from "./talos-api-error";
import { startLocalTalosServer } from "./testing/start-local-talos-server";

const TEST_TIMEOUT = { timeout: 20_000 };

function clusterNodes(clusterName: string, talosVersion = "1.12.4"): TalosNodeState[] {
  const node = (hostname: string, ip: string, role: "controlplane" | "worker", variant: "hardened" | "drifted") =>
    buildTalosNodeState({ talosVersion, kubernetesVersion: "1.35.0", hostname, ip, role, variant, clusterName });
  return [node("cp-1", "10.6.0.2", "controlplane", "hardened"), node("w-1", "10.6.0.5", "worker", "drifted")];
}

async function withServer<T>(
  { faults, roles = ["os:admin"], talosVersion }: { faults?: TalosFaults; roles?: string[]; talosVersion?: string },
  run: (client: TalosClient, server: TalosApiServer) => Promise<T>,
): Promise<T> {
  const server = await startTalosApiServer({
    clusterName: "fault-test",
    nodes: clusterNodes("fault-test", talosVersion),
    faults,
  });
  const client = createTalosClient({
    context: readTalosconfigContext({ yaml: await server.createTalosconfig({ roles }) }),
    timeoutMs: 3000,
  });
  try {
    return await run(client, server);
  } finally {
    client.close();
    await server.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<TalosApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TalosApiError)) throw new Error(`expected a TalosApiError, got ${String(error)}`);
  return error;
}

describe("reading a node through the endpoint", () => {
  let server: TalosApiServer;
  let admin: TalosClient;
  let reader: TalosClient;
  const nodes = clusterNodes("read-test");

  beforeAll(async () => {
    server = await startTalosApiServer({ clusterName: "read-test", nodes });
    admin = createTalosClient({
      context: readTalosconfigContext({ yaml: await server.createTalosconfig({ roles: ["os:admin"] }) }),
      timeoutMs: 5000,
    });
    reader = createTalosClient({
      context: readTalosconfigContext({ yaml: await server.createTalosconfig({ roles: ["os:reader"] }) }),
      timeoutMs: 5000,
    });
  });

  afterAll(async () => {
    admin?.close();
    reader?.close();
    await server?.close();
  });

  it(
    "reads SecurityState, KernelParamStatus and MachineConfig of a non-endpoint node via `node`",
    TEST_TIMEOUT,
    async () => {
      const securityState = await admin.getResource({
        node: "10.6.0.5",
        namespace: "runtime",
        type: "SecurityStates.talos.dev",
        id: "securitystate",
      });
      expect(securityState.metadata).toMatchObject({
        namespace: "runtime",
        type: "SecurityStates.talos.dev",
        id: "securitystate",
        phase: "running",
      });
      expect(securityState.spec).toEqual(nodes[1]?.securityState);
      expect(securityState.spec).toMatchObject({ secureBoot: false });

      const params = await admin.listResources<{ current: string; default: string; unsupported: boolean }>({
        node: "w-1",
        namespace: "runtime",
        type: "KernelParamStatuses.runtime.talos.dev",
      });
      const byId = new Map(params.map((param) => [param.metadata.id, param.spec]));
      // The drifted node's overrides show up as `current`; untouched KSPP values stay.
      expect(byId.get("proc.sys.kernel.kptr_restrict")).toEqual({ current: "1", default: "0", unsupported: false });
      expect(byId.get("proc.sys.net.core.bpf_jit_harden")?.current).toBe("1");
      expect(byId.get("proc.sys.kernel.yama.ptrace_scope")?.current).toBe("2");
      expect(params).toHaveLength(nodes[1]?.kernelParams.length ?? -1);

      const machineConfig = await admin.getResource<string>({
        node: "w-1",
        namespace: "config",
        type: "MachineConfigs.config.talos.dev",
        id: "v1alpha1",
      });
      expect(machineConfig.spec).toBe(nodes[1]?.machineConfig);
      expect(machineConfig.spec).toContain("kernel.kptr_restrict");
    },
  );

  it("reports the routed node's version", TEST_TIMEOUT, async () => {
    await expect(admin.version({ node: "w-1" })).resolves.toMatchObject({ node: "w-1", tag: "v1.12.4", os: "linux" });
  });

  it(
    "lets os:reader read SecurityState, KernelParamStatus and StaticPods but not MachineConfig",
    TEST_TIMEOUT,
    async () => {
      await expect(
        reader.getResource({
          node: "w-1",
          namespace: "runtime",
          type: "SecurityStates.talos.dev",
          id: "securitystate",
        }),
      ).resolves.toBeDefined();
      await expect(
        reader.listResources({ node: "w-1", namespace: "runtime", type: "KernelParamStatuses.runtime.talos.dev" }),
      ).resolves.not.toHaveLength(0);
      const pods = await reader.listResources<{ spec: { containers: { command: string[] }[] } }>({
        node: "cp-1",
        namespace: "k8s",
        type: "StaticPods.kubernetes.talos.dev",
      });
      expect(pods.map((pod) => pod.metadata.id)).toEqual([
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
      ]);
      expect(pods[0]?.spec.spec.containers[0]?.command).toContain("--tls-min-version=VersionTLS12");

      const denied = await failure(
        reader.getResource({
          node: "w-1",
          namespace: "config",
          type: "MachineConfigs.config.talos.dev",
          id: "v1alpha1",
        }),
      );
      expect(denied.kind).toBe("forbidden");
      expect(denied.grpcDetails).toBe("not authorized");
      expect(denied.message).toContain("MachineConfigs.config.talos.dev");
    },
  );

  it("maps a missing resource to not-found and an unknown node to unreachable", TEST_TIMEOUT, async () => {
    expect(
      (await failure(admin.getResource({ namespace: "runtime", type: "SecurityStates.talos.dev", id: "nope" }))).kind,
    ).toBe("not-found");
    const unknown = await failure(admin.version({ node: "ghost" }));
    expect(unknown.kind).toBe("unreachable");
    expect(unknown.message).toContain("ghost");
  });
});

describe("faults of the Talos endpoint", () => {
  it("latency: a deadline shorter than the latency times out, a longer one succeeds", TEST_TIMEOUT, async () => {
    await withServer({ faults: { latencyMs: 1500 } }, async (client) => {
      const slow = await failure(client.version({ timeoutMs: 300 }));
      expect(slow.kind).toBe("timeout");
      expect(slow.message).toBe(`deadline exceeded after 300 ms waiting for ${client.endpoint} to answer`);
      await expect(client.version({ timeoutMs: 10_000 })).resolves.toMatchObject({ tag: "v1.12.4" });
    });
  });

  it("tarpit: times out within the deadline", TEST_TIMEOUT, async () => {
    await withServer({ faults: { tarpit: true } }, async (client) => {
      const error = await failure(client.version({ timeoutMs: 500 }));
      expect(error.kind).toBe("timeout");
      expect(error.message).toBe(`deadline exceeded after 500 ms while connecting to ${client.endpoint}`);
    });
  });

  it("refused: unreachable, connection refused", TEST_TIMEOUT, async () => {
    await withServer({ faults: { refuse: true } }, async (client) => {
      const error = await failure(client.version());
      expect(error.kind).toBe("unreachable");
      expect(error.message).toBe(`connection refused (${client.endpoint})`);
    });
  });

  it("expired client certificate: unauthorized, certificate expired", TEST_TIMEOUT, async () => {
    await withServer({ faults: { expiredClientCert: true } }, async (client) => {
      const error = await failure(client.version());
      expect(error.kind).toBe("unauthorized");
      expect(error.message).toMatch(/did not accept the client certificate \(certificate expired on \d{4}-/);
    });
  });

  it("expired server certificate: tls", TEST_TIMEOUT, async () => {
    await withServer({ faults: { expiredServerCert: true } }, async (client) => {
      const error = await failure(client.version());
      expect(error.kind).toBe("tls");
      expect(error.message).toBe("TLS: the server certificate has expired");
    });
  });

  it("wrong CA in the talosconfig: tls, not signed by the talosconfig CA", TEST_TIMEOUT, async () => {
    await withServer({ faults: { wrongCa: true } }, async (client) => {
      const error = await failure(client.version());
      expect(error.kind).toBe("tls");
      expect(error.message).toBe("TLS: server certificate is not signed by the talosconfig CA");
    });
  });

  it("unreachable node: the endpoint answers, the routed node is unavailable", TEST_TIMEOUT, async () => {
    await withServer({ faults: { unreachableNodes: ["w-1"] } }, async (client) => {
      await expect(client.version()).resolves.toMatchObject({ tag: "v1.12.4" });
      const error = await failure(
        client.getResource({
          node: "10.6.0.5",
          namespace: "runtime",
          type: "SecurityStates.talos.dev",
          id: "securitystate",
        }),
      );
      expect(error.kind).toBe("unreachable");
      expect(error.message).toContain("node 10.6.0.5 is unreachable");
      expect(error.message).toContain("dial tcp 10.6.0.5:50000: connect: no route to host");
    });
  });
});

describe("version-dependent sensitivity and TLS names", () => {
  it(
    "lets os:reader read APIServerConfig on v1.13 but not on v1.14, where it became sensitive",
    TEST_TIMEOUT,
    async () => {
      const read = (client: TalosClient) =>
        client.getResource({
          namespace: "controlplane",
          type: "APIServerConfigs.kubernetes.talos.dev",
          id: "kube-apiserver",
        });
      await withServer({ roles: ["os:reader"], talosVersion: "1.13.0" }, async (client) => {
        await expect(read(client)).resolves.toMatchObject({
          metadata: { owner: "k8s.ControlPlaneAPIServerController" },
        });
      });
      await withServer({ roles: ["os:reader"], talosVersion: "1.14.0" }, async (client) => {
        expect((await failure(read(client))).kind).toBe("forbidden");
      });
    },
  );

  it(
    "takes every role from the certificate's Organization values; only os:admin reads sensitive types",
    TEST_TIMEOUT,
    async () => {
      const readConfig = (client: TalosClient) =>
        client.getResource({ namespace: "config", type: "MachineConfigs.config.talos.dev", id: "v1alpha1" });
      await withServer({ roles: ["os:reader", "os:admin"] }, async (client) => {
        await expect(readConfig(client)).resolves.toMatchObject({ metadata: { id: "v1alpha1" } });
      });
      await withServer({ roles: ["os:operator"] }, async (client) => {
        expect((await failure(readConfig(client))).kind).toBe("forbidden");
        await expect(client.version()).resolves.toMatchObject({ tag: "v1.12.4" });
      });
      await withServer({ roles: ["os:etcd:backup"] }, async (client) => {
        expect((await failure(client.version())).kind).toBe("forbidden");
      });
    },
  );

  it(
    "verifies the server certificate against the endpoint name, or the TLS server name when given",
    TEST_TIMEOUT,
    async () => {
      const server = await startTalosApiServer({ clusterName: "names", nodes: clusterNodes("names") });
      const context = readTalosconfigContext({ yaml: await server.createTalosconfig({ roles: ["os:reader"] }) });
      // "localhost" is not among apid's SANs (node IP, 127.0.0.1, hostname).
      const byName = { ...context, endpoints: [`localhost:${server.port}`] };
      const plain = createTalosClient({ context: byName, timeoutMs: 3000 });
      const overridden = createTalosClient({ context: byName, timeoutMs: 3000, tlsServerName: "cp-1" });
      try {
        const error = await failure(plain.version());
        expect(error.kind).toBe("tls");
        expect(error.message).toBe("TLS: the server certificate is not valid for this endpoint name");
        await expect(overridden.version()).resolves.toMatchObject({ tag: "v1.12.4" });
      } finally {
        plain.close();
        overridden.close();
        await server.close();
      }
    },
  );
});

describe("probeTalosVersion", () => {
  it("returns the version on success and the error kind on failure, never throwing", TEST_TIMEOUT, async () => {
    const server = await startTalosApiServer({ clusterName: "probe", nodes: clusterNodes("probe", "1.14.0") });
    try {
      const context = readTalosconfigContext({ yaml: await server.createTalosconfig({ roles: ["os:reader"] }) });
      await expect(probeTalosVersion({ context, timeoutMs: 3000 })).resolves.toMatchObject({
        ok: true,
        version: "v1.14.0",
      });
      const broken = { ...context, endpoints: [`127.0.0.1:${server.port}`], ca: "not a certificate" };
      await expect(probeTalosVersion({ context: broken, timeoutMs: 3000 })).resolves.toMatchObject({
        ok: false,
        kind: "unauthorized",
      });
    } finally {
      await server.close();
    }
  });
});

describe("reply size", () => {
  const MIB = 1024 * 1024;

  it(
    "accepts replies up to 32 MiB, eight times gRPC's default, and refuses larger ones as invalid-response",
    TEST_TIMEOUT,
    async () => {
      let size = 0;
      const server = await startLocalTalosServer({
        machine: { Hostname: () => ({ messages: [{ hostname: "h".repeat(size) }] }) },
      });
      const client = createTalosClient({ context: server.context, timeoutMs: 10_000 });
      const hostnameLength = async () => {
        const reply = (await client.callMachine({ method: "Hostname" })) as { messages: { hostname: string }[] };
        return reply.messages[0]?.hostname.length;
      };
      try {
        size = 32 * MIB - 1024;
        await expect(hostnameLength()).resolves.toBe(size);
        size = 32 * MIB + 1024;
        const tooLarge = await failure(hostnameLength());
        expect(tooLarge.kind).toBe("invalid-response");
        expect(tooLarge.message).toMatch(/^the reply to Hostname is larger than the 32 MiB Lotse accepts/);
        expect(server.calls.get("Hostname")).toBe(2);
      } finally {
        client.close();
        await server.close();
      }
    },
  );
});
