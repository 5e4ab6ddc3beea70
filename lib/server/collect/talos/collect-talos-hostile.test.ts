// The Talos collector against a hostile endpoint (issue 9, bad input): replies that are not valid
// protobuf, specs of the wrong shape, giant strings, slow-drip streams and calls never answered.
// One node is hostile, its sibling is healthy; each case checks the precise record of the hostile
// part and that the sibling is read in full. Every case is bounded by the collector's deadlines.
import type { ServerUnaryCall, ServerWritableStream, sendUnaryData } from "@grpc/grpc-js";
import { afterEach, describe, expect, it } from "vitest";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import { collectTalos, type TalosCollection } from "./collect-talos";
import { startLocalTalosServer, type LocalTalosServer } from "./testing/start-local-talos-server";

const HEALTHY = "10.9.0.1";
const HOSTILE = "10.9.0.2";
const OPTIONS = { deadlineMs: 10_000, requestTimeoutMs: 1_000, concurrency: 6 };
const TEST_TIMEOUT = { timeout: 20_000 };
const MIB = 1024 * 1024;

type Request = { namespace: string; type: string; id?: string };
/** What one node answers: a reply object, a Buffer sent as is, or `STALL` to never answer. */
type Answer = unknown;
const STALL = Symbol("stall");

interface NodeAnswers {
  version: Answer;
  serviceList: Answer;
  /** Get replies by resource type. */
  get: Record<string, Answer>;
  /** List of KernelParamStatuses: the resources, or a slow drip that never ends. */
  kernelParams: Answer[] | { dripEveryMs: number };
}

function resource(type: string, id: string, yamlSpec: string) {
  return {
    metadata: { namespace: "runtime", type, id, version: "1", owner: "", phase: "running" },
    spec: { proto_spec: Buffer.alloc(0), yaml_spec: yamlSpec },
  };
}

function healthyAnswers(): NodeAnswers {
  const get = (type: string, id: string, yamlSpec: string) => ({ resource: resource(type, id, yamlSpec) });
  return {
    version: {
      messages: [{ version: { tag: "v1.12.4", sha: "abc", go_version: "go1.24", os: "linux", arch: "amd64" } }],
    },
    serviceList: { messages: [{ services: [{ id: "kubelet", state: "Running", health: { healthy: true } }] }] },
    get: {
      "MachineTypes.config.talos.dev": get("MachineTypes.config.talos.dev", "machine-type", "worker\n"),
      "SecurityStates.talos.dev": get("SecurityStates.talos.dev", "securitystate", "secureBoot: true\n"),
      "KernelCmdlines.runtime.talos.dev": get("KernelCmdlines.runtime.talos.dev", "cmdline", "cmdline: pti=on\n"),
      "KubeletConfigs.kubernetes.talos.dev": get("KubeletConfigs.kubernetes.talos.dev", "kubelet", "{}\n"),
      "KubeletSpecs.kubernetes.talos.dev": get("KubeletSpecs.kubernetes.talos.dev", "kubelet", "{}\n"),
    },
    kernelParams: [
      {
        resource: resource(
          "KernelParamStatuses.runtime.talos.dev",
          "proc.sys.kernel.kptr_restrict",
          'current: "2"\ndefault: "0"\n',
        ),
      },
    ],
  };
}

const servers: LocalTalosServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A MachineService handler's answer: `STALL` becomes a promise that never settles. */
function unaryAnswer(answer: Answer): unknown {
  return answer === STALL ? new Promise(() => undefined) : answer;
}

/** Sends `answer` through `callback`, unless it says to leave the call unanswered. */
function reply(answer: Answer, callback: sendUnaryData<unknown>) {
  if (answer !== STALL) callback(null, answer);
}

/** Collects both nodes with an os:reader credential from a server answering per `node` metadata. */
async function collectFrom(hostile: Partial<NodeAnswers>): Promise<TalosCollection> {
  const answersFor = (call: { metadata: { get(key: string): unknown[] } }): NodeAnswers => {
    const node = call.metadata.get("node")[0];
    return node === HOSTILE ? { ...healthyAnswers(), ...hostile } : healthyAnswers();
  };
  const server = await startLocalTalosServer({
    machine: {
      Version: (call) => unaryAnswer(answersFor(call).version),
      ServiceList: (call) => unaryAnswer(answersFor(call).serviceList),
    },
    state: {
      Get: (call: ServerUnaryCall<Request, unknown>, callback: sendUnaryData<unknown>) => {
        reply(answersFor(call).get[call.request.type] ?? STALL, callback);
      },
      List: (call: ServerWritableStream<Request, unknown>) => {
        const answers = answersFor(call).kernelParams;
        if (Array.isArray(answers)) {
          for (const message of answers) call.write(message);
          call.end();
          return;
        }
        let sent = 0;
        const drip = setInterval(() => {
          sent += 1;
          call.write({
            resource: resource("KernelParamStatuses.runtime.talos.dev", `param.${sent}`, 'current: "1"\n'),
          });
        }, answers.dripEveryMs);
        call.on("cancelled", () => clearInterval(drip));
      },
    },
  });
  servers.push(server);
  return collectTalos({ context: { ...server.context, nodes: [HEALTHY, HOSTILE] }, ...OPTIONS });
}

function nodeOf({ snapshot }: TalosCollection, address: string): TalosNodeSnapshot {
  const node = snapshot.nodes.find((candidate) => candidate.node === address);
  if (!node) throw new Error(`no node ${address}`);
  return node;
}

/** The healthy sibling is read in full: only MachineConfig is refused, for the reader credential. */
function expectHealthy(collection: TalosCollection) {
  const node = nodeOf(collection, HEALTHY);
  expect(node.version.data).toMatchObject({ tag: "v1.12.4", minor: 12 });
  expect(node.machineType.data).toBe("worker");
  expect(node.securityState.data).toMatchObject({ secureBoot: true });
  expect(node.kernelParams.data).toEqual([
    { key: "proc.sys.kernel.kptr_restrict", current: "2", default: "0", unsupported: false },
  ]);
  expect(node.kernelCmdline.data?.tokens).toEqual([{ key: "pti", value: "on" }]);
  expect(node.services.data).toEqual([{ id: "kubelet", state: "Running", isRunning: true, isHealthy: true }]);
  expect(collection.errors.filter((error) => error.target.startsWith(`talos:node/${HEALTHY}`))).toEqual([
    { target: `talos:node/${HEALTHY}:MachineConfig`, kind: "forbidden", message: expect.any(String) },
  ]);
}

/** The hostile node's errors, MachineConfig (refused for the reader credential) left out. */
function hostileErrors(collection: TalosCollection) {
  return collection.errors.filter(
    (error) => error.target.startsWith(`talos:node/${HOSTILE}`) && !error.target.endsWith(":MachineConfig"),
  );
}

describe("collectTalos against a hostile endpoint", () => {
  it(
    "a reply of truncated protobuf bytes: invalid-response for that part, the rest is read",
    TEST_TIMEOUT,
    async () => {
      const encode = loadTalosProtos().stateService.Get?.responseSerialize;
      const answer = healthyAnswers().get["SecurityStates.talos.dev"];
      if (!encode || !answer) throw new Error("no State.Get encoder or answer");
      const valid = encode(answer as object);
      const truncated = valid.subarray(0, valid.length - 5);
      const collection = await collectFrom({
        get: { ...healthyAnswers().get, "SecurityStates.talos.dev": truncated },
      });
      expect(hostileErrors(collection)).toEqual([
        {
          target: `talos:node/${HOSTILE}:SecurityState`,
          kind: "invalid-response",
          message: `the reply to SecurityStates.talos.dev runtime/securitystate on node ${HOSTILE} is not a valid protobuf message (index out of range)`,
        },
      ]);
      expect(nodeOf(collection, HOSTILE).kernelParams.data).toHaveLength(1);
      expectHealthy(collection);
    },
  );

  it(
    "specs and replies of the wrong shape or not YAML at all: invalid-response for those parts only",
    TEST_TIMEOUT,
    async () => {
      const get = (type: string, id: string, yamlSpec: string) => ({ resource: resource(type, id, yamlSpec) });
      const collection = await collectFrom({
        get: {
          ...healthyAnswers().get,
          "SecurityStates.talos.dev": get("SecurityStates.talos.dev", "securitystate", 'secureBoot: "yes"\n'),
          "KernelCmdlines.runtime.talos.dev": get(
            "KernelCmdlines.runtime.talos.dev",
            "cmdline",
            "cmdline: [unclosed\n",
          ),
        },
        serviceList: { messages: [] },
      });
      expect(hostileErrors(collection)).toEqual([
        {
          target: `talos:node/${HOSTILE}:SecurityState`,
          kind: "invalid-response",
          message: "SecurityState: unexpected content at secureBoot: Invalid input: expected boolean, received string",
        },
        {
          target: `talos:node/${HOSTILE}:KernelCmdline`,
          kind: "invalid-response",
          message: "resource KernelCmdlines.runtime.talos.dev cmdline: yaml_spec is not valid YAML",
        },
        {
          target: `talos:node/${HOSTILE}:ServiceList`,
          kind: "invalid-response",
          message: "ServiceList: unexpected content at messages: Too small: expected array to have >=1 items",
        },
      ]);
      const node = nodeOf(collection, HOSTILE);
      expect([node.securityState.data, node.kernelCmdline.data, node.services.data]).toEqual([null, null, null]);
      expect(node.version.data?.tag).toBe("v1.12.4");
      expect(node.kernelParams.data).toHaveLength(1);
      expectHealthy(collection);
    },
  );

  it(
    "a giant string inside the 32 MiB reply limit is refused for that part, without harm to the node or its sibling",
    TEST_TIMEOUT,
    async () => {
      const size = 16 * MIB;
      const collection = await collectFrom({
        get: {
          ...healthyAnswers().get,
          "SecurityStates.talos.dev": {
            resource: resource(
              "SecurityStates.talos.dev",
              "securitystate",
              `secureBoot: true\npcrSigningKeyFingerprint: ${"F".repeat(size)}\n`,
            ),
          },
        },
      });
      expect(hostileErrors(collection)).toEqual([
        {
          target: `talos:node/${HOSTILE}:SecurityState`,
          kind: "invalid-response",
          message: expect.stringContaining("SecurityState: unexpected content at pcrSigningKeyFingerprint"),
        },
      ]);
      expect(nodeOf(collection, HOSTILE).securityState.data).toBeNull();
      expect(nodeOf(collection, HOSTILE).kernelParams.data).not.toBeNull();
      expectHealthy(collection);
    },
  );

  it("a List stream longer than any real list is cut off as invalid-response for that part", TEST_TIMEOUT, async () => {
    const message = {
      resource: resource("KernelParamStatuses.runtime.talos.dev", "proc.sys.kernel.x", 'current: "1"\n'),
    };
    const collection = await collectFrom({ kernelParams: Array.from({ length: 10_001 }, () => message) });
    expect(hostileErrors(collection)).toEqual([
      {
        target: `talos:node/${HOSTILE}:KernelParamStatus`,
        kind: "invalid-response",
        message: expect.stringContaining("the list is larger than Lotse reads (10000 resources"),
      },
    ]);
    expect(nodeOf(collection, HOSTILE).kernelParams.data).toBeNull();
    expectHealthy(collection);
  });

  it("a List stream that drips messages past the call deadline: timeout for that part only", TEST_TIMEOUT, async () => {
    const collection = await collectFrom({ kernelParams: { dripEveryMs: 100 } });
    expect(hostileErrors(collection)).toEqual([
      {
        target: `talos:node/${HOSTILE}:KernelParamStatus`,
        kind: "timeout",
        message: expect.stringMatching(/^deadline exceeded after 1000 ms waiting for 127\.0\.0\.1:\d+ to answer$/),
      },
    ]);
    expect(nodeOf(collection, HOSTILE).securityState.data).toMatchObject({ secureBoot: true });
    expectHealthy(collection);
  });

  it("a node whose calls are accepted and never answered: timeout for that node only", TEST_TIMEOUT, async () => {
    const collection = await collectFrom({
      version: STALL,
      serviceList: STALL,
      get: {},
      kernelParams: { dripEveryMs: 60_000 },
    });
    const reason = {
      target: `talos:node/${HOSTILE}`,
      kind: "timeout",
      message: expect.stringMatching(/^deadline exceeded after 1000 ms waiting for 127\.0\.0\.1:\d+ to answer$/),
    };
    const node = nodeOf(collection, HOSTILE);
    expect(node.securityState).toEqual({ data: null, errors: [reason] });
    expect(node.kernelParams).toEqual({ data: null, errors: [reason] });
    expect(node.version.errors).toEqual([{ ...reason, target: `talos:node/${HOSTILE}:Version` }]);
    expectHealthy(collection);
  });
});
