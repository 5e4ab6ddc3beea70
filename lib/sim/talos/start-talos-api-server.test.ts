// The simulated apid seen through a plain grpc-js client (no Lotse client code): wire behaviour.
import {
  credentials,
  makeGenericClientConstructor,
  Metadata,
  status,
  type Client,
  type ServiceError,
} from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { x509 } from "@/lib/sim/pki/load-x509";
import { createKeyPair } from "@/lib/sim/pki";
import { toCertPem } from "@/lib/sim/pki/create-certificate-authority";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import { buildTalosNodeState } from "./build-talos-node-state";
import { startTalosApiServer, type TalosApiServer } from "./start-talos-api-server";

type Unary = (
  request: unknown,
  metadata: Metadata,
  options: { deadline: Date },
  callback: (error: ServiceError | null, reply?: unknown) => void,
) => void;
type RawClients = { machine: Client & Record<string, Unary>; state: Client & Record<string, Unary> };

const cluster = "sim-a";
const nodes = [
  buildTalosNodeState({
    talosVersion: "1.13.2",
    kubernetesVersion: "1.35.1",
    hostname: "cp-1",
    ip: "10.5.0.2",
    role: "controlplane",
    variant: "hardened",
    clusterName: cluster,
  }),
  buildTalosNodeState({
    talosVersion: "1.13.2",
    kubernetesVersion: "1.35.1",
    hostname: "cp-2",
    ip: "10.5.0.3",
    role: "controlplane",
    variant: "hardened",
    clusterName: cluster,
  }),
  buildTalosNodeState({
    talosVersion: "1.13.2",
    kubernetesVersion: "1.35.1",
    hostname: "w-1",
    ip: "10.5.0.4",
    role: "worker",
    variant: "drifted",
    clusterName: cluster,
  }),
];

let server: TalosApiServer;
let admin: RawClients;

function material(talosconfig: string) {
  const context =
    Object.values((parse(talosconfig) as { contexts: Record<string, Record<string, string>> }).contexts)[0] ?? {};
  const decode = (value: string | undefined) => Buffer.from(value ?? "", "base64").toString("utf8");
  return { ca: decode(context.ca), crt: decode(context.crt), key: decode(context.key) };
}

function connect({ ca, crt, key }: { ca: string; crt: string; key: string }, endpoint = server.endpoint): RawClients {
  const protos = loadTalosProtos();
  // The one place a client must adapt Talos' key file: relabel the PKCS#8 DER for OpenSSL.
  const creds = credentials.createSsl(
    Buffer.from(ca),
    Buffer.from(key.replace(/ED25519 PRIVATE KEY/g, "PRIVATE KEY")),
    Buffer.from(crt),
  );
  const machine = new (makeGenericClientConstructor(protos.machineService, "MachineService"))(endpoint, creds);
  const state = new (makeGenericClientConstructor(protos.stateService, "State"))(endpoint, creds);
  return { machine, state } as RawClients;
}

function call(
  client: Record<string, Unary>,
  method: string,
  request: unknown,
  entries: [string, string][] = [],
): Promise<unknown> {
  const metadata = new Metadata();
  for (const [key, value] of entries) metadata.add(key, value);
  return new Promise((resolve, reject) => {
    client[method]?.(request, metadata, { deadline: new Date(Date.now() + 5000) }, (error, reply) =>
      error ? reject(error) : resolve(reply),
    );
  });
}

beforeAll(async () => {
  server = await startTalosApiServer({ clusterName: cluster, nodes });
  admin = connect(material(await server.createTalosconfig({ roles: ["os:admin"] })));
});

afterAll(async () => {
  admin?.machine.close();
  admin?.state.close();
  await server?.close();
});

describe("talosconfig written by the simulator", () => {
  it("is a real talosconfig: base64 PEMs, an Ed25519 key labelled ED25519 PRIVATE KEY, endpoint and nodes", async () => {
    const config = parse(await server.createTalosconfig({ roles: ["os:reader"] })) as {
      context: string;
      contexts: Record<string, { endpoints: string[]; nodes: string[]; ca: string; crt: string; key: string }>;
    };
    const context = config.contexts[config.context];
    expect(context?.endpoints).toEqual([`127.0.0.1:${server.port}`]);
    expect(context?.nodes).toEqual(["10.5.0.2", "10.5.0.3", "10.5.0.4"]);
    const key = Buffer.from(context?.key ?? "", "base64").toString();
    expect(key).toMatch(/^-----BEGIN ED25519 PRIVATE KEY-----\n/);
    // PKCS#8 DER of an Ed25519 key: 48 bytes starting with the RFC 8410 prefix.
    const der = Buffer.from(key.replace(/-----[A-Z0-9 ]+-----|\n/g, ""), "base64");
    expect(der.subarray(0, 16).toString("hex")).toBe("302e020100300506032b657004220420");
    const certificate = new x509.X509Certificate(Buffer.from(context?.crt ?? "", "base64").toString());
    expect(certificate.subject).toContain("O=os:reader");
    expect(certificate.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toEqual([
      x509.ExtendedKeyUsage.clientAuth,
    ]);
    expect(certificate.publicKey.algorithm.name).toBe("Ed25519");
  });
});

describe("routing through the endpoint (apid director)", () => {
  it("answers for the endpoint node without `node` and forwards `node` to any node of the cluster", async () => {
    const local = (await call(admin.machine, "Hostname", {})) as {
      messages: { hostname: string; metadata: unknown }[];
    };
    expect(local.messages).toEqual([{ hostname: "cp-1", metadata: null }]);
    const routed = (await call(admin.machine, "Hostname", {}, [["node", "10.5.0.4"]])) as {
      messages: { hostname: string }[];
    };
    expect(routed.messages[0]?.hostname).toBe("w-1");
  });

  it("refuses a multi-valued `node` with InvalidArgument", async () => {
    await expect(
      call(admin.machine, "Version", {}, [
        ["node", "cp-2"],
        ["node", "w-1"],
      ]),
    ).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: "node metadata must be single-valued",
    });
  });

  it("refuses `nodes` on every COSI call with InvalidArgument", async () => {
    await expect(
      call(admin.state, "Get", { namespace: "runtime", type: "SecurityStates.talos.dev", id: "securitystate" }, [
        ["nodes", "w-1"],
      ]),
    ).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: "one-2-many proxying is not supported for method /cosi.resource.State/Get",
    });
  });

  it("fans MachineService calls out over `nodes`, tagging each reply with the target as given", async () => {
    const reply = (await call(admin.machine, "Hostname", {}, [
      ["nodes", "10.5.0.3"],
      ["nodes", "w-1"],
      ["nodes", "10.9.9.9"],
    ])) as {
      messages: { hostname: string; metadata: { hostname: string; error: string; status: { code: number } | null } }[];
    };
    expect(reply.messages.map((message) => [message.metadata.hostname, message.hostname])).toEqual([
      ["10.5.0.3", "cp-2"],
      ["w-1", "w-1"],
      ["10.9.9.9", ""],
    ]);
    expect(reply.messages[2]?.metadata.error).toContain("dial tcp 10.9.9.9:50000");
    expect(reply.messages[2]?.metadata.status?.code).toBe(status.UNAVAILABLE);
  });

  it("answers etcd RPCs on control planes only", async () => {
    const members = (await call(admin.machine, "EtcdMemberList", {}, [["node", "cp-2"]])) as {
      messages: { members: { hostname: string; id: string }[] }[];
    };
    expect(members.messages[0]?.members.map((member) => member.hostname)).toEqual(["cp-1", "cp-2"]);
    expect(members.messages[0]?.members[0]?.id).toMatch(/^\d+$/);
    await expect(call(admin.machine, "EtcdStatus", {}, [["node", "w-1"]])).rejects.toMatchObject({
      code: status.UNIMPLEMENTED,
      details: "etcd status is only available on control plane nodes",
    });
  });
});

describe("a worker used as the endpoint", () => {
  it("serves its own address locally and refuses to forward elsewhere", async () => {
    const workerEndpoint = await startTalosApiServer({ clusterName: cluster, nodes, endpointNode: "w-1" });
    const clients = connect(
      material(await workerEndpoint.createTalosconfig({ roles: ["os:admin"] })),
      workerEndpoint.endpoint,
    );
    try {
      await expect(call(clients.machine, "Hostname", {}, [["node", "10.5.0.4"]])).resolves.toMatchObject({
        messages: [{ hostname: "w-1" }],
      });
      await expect(call(clients.machine, "Hostname", {}, [["node", "cp-1"]])).rejects.toMatchObject({
        code: status.PERMISSION_DENIED,
        details: "no request forwarding",
      });
    } finally {
      clients.machine.close();
      clients.state.close();
      await workerEndpoint.close();
    }
  });
});

describe("COSI State", () => {
  it("fills both yaml_spec and proto_spec, and the MachineConfig proto_spec holds the config as submitted", async () => {
    const reply = (await call(
      admin.state,
      "Get",
      { namespace: "config", type: "MachineConfigs.config.talos.dev", id: "v1alpha1" },
      [["node", "w-1"]],
    )) as {
      resource: { metadata: { annotations: Record<string, string> }; spec: { yaml_spec: string; proto_spec: Buffer } };
    };
    const text = parse(reply.resource.spec.yaml_spec) as string;
    const specType = loadTalosProtos().specRoot.lookupType("resource.config.MachineConfigSpec");
    const decoded = specType.toObject(specType.decode(reply.resource.spec.proto_spec)) as {
      yaml_marshalled: Uint8Array;
    };
    expect(Buffer.from(decoded.yaml_marshalled).toString("utf8")).toBe(text);
    expect(text).toBe(nodes[2]?.machineConfig);
    expect(reply.resource.metadata.annotations).toEqual({ "talos.dev/yaml-spec": "1" });
  });

  it("rejects unknown types and namespaces as the access filter does", async () => {
    await expect(
      call(admin.state, "Get", { namespace: "runtime", type: "Bogus.talos.dev", id: "x" }),
    ).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: 'resource type "Bogus.talos.dev" is not supported',
    });
    await expect(
      call(admin.state, "Get", { namespace: "nowhere", type: "SecurityStates.talos.dev", id: "securitystate" }),
    ).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: 'namespace "nowhere" is not supported',
    });
  });
});

describe("client certificate checks (apid)", () => {
  it("rejects a client certificate with serverAuth+clientAuth even though the CA signed it", async () => {
    const { ca } = material(await server.createTalosconfig({ roles: ["os:admin"] }));
    // Control: the same issuance with clientAuth only is accepted, so the refusal is about the EKU.
    const clientOnly = await issueCertificateWithUsages(ca, [x509.ExtendedKeyUsage.clientAuth]);
    const accepted = connect({ ca, crt: clientOnly.certPem, key: clientOnly.keyPem });
    const dual = await issueCertificateWithUsages(ca, [
      x509.ExtendedKeyUsage.serverAuth,
      x509.ExtendedKeyUsage.clientAuth,
    ]);
    const rejected = connect({ ca, crt: dual.certPem, key: dual.keyPem });
    try {
      await expect(call(accepted.machine, "Hostname", {})).resolves.toMatchObject({ messages: [{ hostname: "cp-1" }] });
      await expect(call(rejected.machine, "Hostname", {})).rejects.toMatchObject({ code: status.UNAVAILABLE });
    } finally {
      for (const clients of [accepted, rejected]) {
        clients.machine.close();
        clients.state.close();
      }
    }
  });
});

// Signs a certificate with the given EKUs using the cluster's CA key, which the test derives the same way
// the simulator does (seeded). Only reachable with knowledge of the seed: exactly a test's privilege.
async function issueCertificateWithUsages(
  caPem: string,
  usages: string[],
): Promise<{ certPem: string; keyPem: string }> {
  const caKeys = await createKeyPair({ algorithm: "ed25519", seed: `1:${cluster}:talos:os-ca` });
  const ca = new x509.X509Certificate(caPem);
  const subjectKeys = await createKeyPair({ algorithm: "ed25519" });
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: "0badbeef01",
    subject: [{ O: ["os:admin"] }, { CN: ["dual"] }],
    issuer: ca.subjectName,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3_600_000),
    publicKey: subjectKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: { name: "Ed25519" },
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(usages),
    ],
  });
  return { certPem: toCertPem(certificate), keyPem: subjectKeys.keyPem };
}
