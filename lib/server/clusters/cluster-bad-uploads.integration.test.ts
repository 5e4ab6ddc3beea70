// Bad uploads to POST /api/v1/clusters (and PATCH): each gets a 4xx whose message names the
// problem, the offending field where there is one, never the key, and nothing is stored.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { POST as createRoute } from "@/app/api/v1/clusters/route";
import {
  buildTestKubeconfig,
  createKubePki,
  toYaml,
  type KubePki,
  type TestKubeconfig,
} from "@/lib/server/credentials/testing/build-test-kubeconfig";
import {
  buildTestTalosconfig,
  createTalosPki,
  type TalosPki,
  type TestTalosconfig,
} from "@/lib/server/credentials/testing/build-test-talosconfig";
import { base64 } from "@/lib/server/credentials/testing/create-test-pki";
import { createCluster, patchCluster, type ErrorBody, type RouteAnswer } from "./testing/cluster-routes";

let kubePki: KubePki;
let talosPki: TalosPki;
/** A second, unrelated key pair, for "key does not belong to the certificate". */
let strangerPki: KubePki;
let admin: string;

beforeAll(async () => {
  [kubePki, talosPki, strangerPki] = await Promise.all([createKubePki(), createTalosPki(), createKubePki()]);
});

beforeEach(async () => {
  await resetDatabase();
  ({ admin } = await tokensByRole());
});

const USER = "kubeconfig.users[0].user";
const CLUSTER = "kubeconfig.clusters[0].cluster";
const TALOS = "talosconfig.contexts.prod";

function kubeconfigWith(change: (document: TestKubeconfig) => void): string {
  const document = buildTestKubeconfig({ pki: kubePki });
  change(document);
  return toYaml(document);
}

function talosconfigWith(change: (document: TestTalosconfig) => void): string {
  const document = buildTestTalosconfig({ pki: talosPki });
  change(document);
  return toYaml(document);
}

const user = (document: TestKubeconfig) => document.users[0]!.user;
const cluster = (document: TestKubeconfig) => document.clusters[0]!.cluster;
const talosContext = (document: TestTalosconfig) => document.contexts.prod!;

function validBody(): Record<string, unknown> {
  return {
    name: "prod-1",
    environment: "on-prem",
    kubeconfig: kubeconfigWith(() => undefined),
    talosconfig: talosconfigWith(() => undefined),
  };
}

/** A billion-laughs document: ten levels of nine aliases, about 3.5 billion strings if expanded. */
function yamlBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level <= 10; level += 1) {
    const previous = `*a${level - 1}`;
    lines.push(`a${level}: &a${level} [${Array(9).fill(previous).join(", ")}]`);
  }
  return `apiVersion: v1\nkind: Config\n${lines.join("\n")}\nclusters: [*a10]\n`;
}

function secrets(): string[] {
  return [kubePki.client.keyPem, base64(kubePki.client.keyPem), talosPki.keyPem, base64(talosPki.keyPem)];
}

async function storedCounts() {
  const db = getDb();
  return { clusters: await db.cluster.count(), credentials: await db.clusterCredential.count() };
}

interface BadUpload {
  name: string;
  /** Changes to the valid body. */
  body: () => Record<string, unknown>;
  status: number;
  code: string;
  message: RegExp;
  /** `details.field` of the answer, when the refusal names a field. */
  field?: string;
  /** Not a refusal on PATCH, where every field is optional. */
  isCreateOnly?: boolean;
}

const BAD_UPLOADS: BadUpload[] = [
  // kubeconfig: what would run commands or read files on the server
  {
    name: "exec credential plugin",
    body: () => ({
      kubeconfig: kubeconfigWith((d) => {
        d.users[0]!.user = { exec: { apiVersion: "client.authentication.k8s.io/v1", command: "aws", args: ["eks"] } };
      }),
    }),
    status: 400,
    code: "bad_request",
    message: /^The user "reader" uses an exec credential plugin, which would run commands on the Lotse server/,
    field: `${USER}.exec`,
  },
  {
    name: "auth-provider plugin",
    body: () => ({
      kubeconfig: kubeconfigWith((d) => {
        d.users[0]!.user = { "auth-provider": { name: "oidc", config: { "idp-issuer-url": "https://idp.example" } } };
      }),
    }),
    status: 400,
    code: "bad_request",
    message: /uses an auth-provider plugin, which would run commands on the Lotse server/,
    field: `${USER}.auth-provider`,
  },
  {
    name: "client certificate as a file path",
    body: () => ({
      kubeconfig: kubeconfigWith((d) => {
        d.users[0]!.user = { "client-certificate": "/etc/kubernetes/pki/admin.crt", "client-key": "/etc/k.key" };
      }),
    }),
    status: 400,
    code: "bad_request",
    message: /points to a certificate file \(client-certificate\), which would read files on the Lotse server/,
    field: `${USER}.client-certificate`,
  },
  {
    name: "CA as a file path",
    body: () => ({
      kubeconfig: kubeconfigWith((d) => Object.assign(cluster(d), { "certificate-authority": "/etc/ssl/ca.pem" })),
    }),
    status: 400,
    code: "bad_request",
    message: /points to a CA file \(certificate-authority\)/,
    field: `${CLUSTER}.certificate-authority`,
  },
  {
    name: "token file",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (d.users[0]!.user = { tokenFile: "/var/run/secrets/token" })) }),
    status: 400,
    code: "bad_request",
    message: /points to a token file \(tokenFile\)/,
    field: `${USER}.tokenFile`,
  },
  {
    name: "basic authentication",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (d.users[0]!.user = { username: "admin", password: "x" })) }),
    status: 400,
    code: "bad_request",
    message: /uses basic authentication/,
    field: `${USER}.username`,
  },
  {
    name: "impersonation",
    body: () => ({ kubeconfig: kubeconfigWith((d) => Object.assign(user(d), { as: "system:admin" })) }),
    status: 400,
    code: "bad_request",
    message: /impersonates another identity \(as\)/,
    field: `${USER}.as`,
  },
  // kubeconfig: where and how it connects
  {
    name: "plain http server",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (cluster(d).server = "http://10.0.0.1:8080")) }),
    status: 400,
    code: "bad_request",
    message: /uses http:\/\/; Lotse connects to Kubernetes only over https:\/\//,
    field: `${CLUSTER}.server`,
  },
  {
    name: "server certificate checks off",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (cluster(d)["insecure-skip-tls-verify"] = true)) }),
    status: 400,
    code: "bad_request",
    message: /turns off server certificate checks \(insecure-skip-tls-verify: true\)/,
    field: `${CLUSTER}.insecure-skip-tls-verify`,
  },
  {
    name: "cloud metadata address",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (cluster(d).server = "https://169.254.169.254")) }),
    status: 400,
    code: "bad_request",
    message: /169\.254\.169\.254 is a link-local or cloud metadata address/,
    field: `${CLUSTER}.server`,
  },
  {
    name: "cloud metadata address written as IPv4-mapped IPv6",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (cluster(d).server = "https://[::ffff:a9fe:a9fe]:6443")) }),
    status: 400,
    code: "bad_request",
    message: /is a link-local or cloud metadata address; .*LOTSE_ALLOW_LINK_LOCAL_CLUSTERS=true/,
    field: `${CLUSTER}.server`,
  },
  {
    name: "AWS IPv6 metadata address as a Talos endpoint",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).endpoints = ["[fd00:ec2::254]:50000"])) }),
    status: 400,
    code: "bad_request",
    message: /fd00:ec2::254.* is a link-local or cloud metadata address/,
    field: `${TALOS}.endpoints[0]`,
  },
  // kubeconfig: not readable as one
  {
    name: "malformed YAML",
    body: () => ({ kubeconfig: "apiVersion: v1\nclusters:\n  - name: prod\n    cluster: {server: [\n" }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig is not valid YAML \(line \d+, column \d+\)/,
    field: "kubeconfig",
  },
  {
    name: "YAML bomb (billion laughs)",
    body: () => ({ kubeconfig: yamlBomb() }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig uses YAML anchors or aliases \(line 3, column \d+\)/,
    field: "kubeconfig",
  },
  {
    name: "YAML bomb in the talosconfig",
    body: () => ({ talosconfig: yamlBomb().replace("clusters:", "contexts:") }),
    status: 400,
    code: "bad_request",
    message: /^The talosconfig uses YAML anchors or aliases/,
    field: "talosconfig",
  },
  {
    name: "nesting bomb",
    body: () => ({ kubeconfig: `clusters: ${"[".repeat(100_000)}` }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig is nested too deeply to be a kubeconfig\.$/,
    field: "kubeconfig",
  },
  {
    name: "several YAML documents",
    body: () => ({ kubeconfig: `${kubeconfigWith(() => undefined)}---\n${kubeconfigWith(() => undefined)}` }),
    status: 400,
    code: "bad_request",
    message: /holds several YAML documents; upload exactly one/,
    field: "kubeconfig",
  },
  {
    name: "empty kubeconfig",
    body: () => ({ kubeconfig: "   \n" }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig is empty\.$/,
    field: "kubeconfig",
  },
  {
    name: "empty file",
    body: () => ({ kubeconfig: "" }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig is empty\.$/,
    field: "kubeconfig",
  },
  {
    name: "empty talosconfig",
    body: () => ({ talosconfig: "" }),
    status: 400,
    code: "bad_request",
    message: /^The talosconfig is empty\.$/,
    field: "talosconfig",
  },
  {
    name: "talosconfig uploaded as the kubeconfig",
    body: () => ({ kubeconfig: talosconfigWith(() => undefined) }),
    status: 400,
    code: "bad_request",
    message: /looks like a talosconfig, not a kubeconfig/,
    field: "kubeconfig",
  },
  {
    name: "file over 256 KiB",
    body: () => ({ kubeconfig: `${kubeconfigWith(() => undefined)}#${"x".repeat(300 * 1024)}\n` }),
    status: 413,
    code: "payload_too_large",
    message: /^The kubeconfig is 30\d KiB; the limit is 256 KiB/,
    field: "kubeconfig",
  },
  {
    name: "5 MiB file",
    body: () => ({ kubeconfig: `${kubeconfigWith(() => undefined)}#${"x".repeat(5 * 1024 * 1024)}\n` }),
    status: 413,
    code: "payload_too_large",
    message: /larger than 1 MiB/,
  },
  // kubeconfig: contexts
  {
    name: "current context missing",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (d["current-context"] = "staging")) }),
    status: 400,
    code: "bad_request",
    message: /^Its current context "staging" does not exist in the kubeconfig; available: "prod"\.$/,
    field: "kubeconfig.current-context",
  },
  {
    name: "chosen context missing",
    body: () => ({ kubeContext: "nope" }),
    status: 400,
    code: "bad_request",
    message: /^The chosen context "nope" does not exist in the kubeconfig; available: "prod"\.$/,
    field: "kubeconfig.current-context",
  },
  {
    name: "no contexts",
    body: () => ({ kubeconfig: kubeconfigWith((d) => ((d.contexts = []), delete d["current-context"])) }),
    status: 400,
    code: "bad_request",
    message: /^The kubeconfig has no contexts\.$/,
    field: "kubeconfig.current-context",
  },
  {
    name: "context names a cluster the file does not define",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (d.contexts[0]!.context.cluster = "ghost")) }),
    status: 400,
    code: "bad_request",
    message: /^The context "prod" refers to cluster "ghost", which the kubeconfig does not define\.$/,
    field: "kubeconfig.clusters",
  },
  // kubeconfig: certificates and keys
  {
    name: "garbage base64 key",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (user(d)["client-key-data"] = "this is %% not base64!")) }),
    status: 400,
    code: "bad_request",
    message: /^The client-key-data of user "reader" is not valid base64/,
    field: `${USER}.client-key-data`,
  },
  {
    name: "base64 that is not a certificate",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (user(d)["client-certificate-data"] = base64("hello"))) }),
    status: 400,
    code: "bad_request",
    message: /^The client-certificate-data of user "reader" does not contain a PEM certificate/,
    field: `${USER}.client-certificate-data`,
  },
  {
    name: "garbage CA",
    body: () => ({
      kubeconfig: kubeconfigWith(
        (d) =>
          (cluster(d)["certificate-authority-data"] = base64(
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
          )),
      ),
    }),
    status: 400,
    code: "bad_request",
    message: /certificate 1 is not a valid X\.509 certificate/,
    field: `${CLUSTER}.certificate-authority-data`,
  },
  {
    name: "key of another certificate",
    body: () => ({
      kubeconfig: kubeconfigWith((d) => (user(d)["client-key-data"] = base64(strangerPki.client.keyPem))),
    }),
    status: 400,
    code: "bad_request",
    message: /^The client-key-data of user "reader" does not belong to the client certificate/,
    field: `${USER}.client-key-data`,
  },
  {
    name: "user without credentials",
    body: () => ({ kubeconfig: kubeconfigWith((d) => (d.users[0]!.user = {})) }),
    status: 400,
    code: "bad_request",
    message: /^The user "reader" has no credentials/,
    field: USER,
  },
  // talosconfig
  {
    name: "talosconfig without endpoints",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).endpoints = [])) }),
    status: 400,
    code: "bad_request",
    message: /^The talosconfig context "prod" has no endpoints/,
    field: `${TALOS}.endpoints`,
  },
  {
    name: "talosconfig with an http endpoint",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).endpoints = ["http://10.0.0.10:50000"])) }),
    status: 400,
    code: "bad_request",
    message: /^The Talos endpoint "http:\/\/10\.0\.0\.10:50000" is not valid/,
    field: `${TALOS}.endpoints[0]`,
  },
  {
    name: "talosconfig with a garbage ca",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).ca = "###")) }),
    status: 400,
    code: "bad_request",
    message: /^The ca of talosconfig context "prod" is not valid base64/,
    field: `${TALOS}.ca`,
  },
  {
    name: "talosconfig with a garbage crt",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).crt = base64("not a certificate"))) }),
    status: 400,
    code: "bad_request",
    message: /^The crt of talosconfig context "prod" does not contain a PEM certificate/,
    field: `${TALOS}.crt`,
  },
  {
    name: "talosconfig with a garbage key",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).key = base64("not a key"))) }),
    status: 400,
    code: "bad_request",
    message: /^The key of talosconfig context "prod" does not contain a PEM private key/,
    field: `${TALOS}.key`,
  },
  {
    name: "talosconfig without a key",
    body: () => ({ talosconfig: talosconfigWith((d) => delete talosContext(d).key) }),
    status: 400,
    code: "bad_request",
    message: /^The talosconfig context "prod" has no key/,
    field: `${TALOS}.key`,
  },
  {
    name: "talosconfig key of another certificate",
    body: () => ({ talosconfig: talosconfigWith((d) => (talosContext(d).key = base64(strangerPki.client.keyPem))) }),
    status: 400,
    code: "bad_request",
    message: /^The key of talosconfig context "prod" does not belong to the client certificate/,
    field: `${TALOS}.key`,
  },
  {
    name: "talosconfig with Omni authentication",
    body: () => ({
      talosconfig: talosconfigWith((d) => (talosContext(d).auth = { siderov1: { identity: "a@example.org" } })),
    }),
    status: 400,
    code: "bad_request",
    message: /uses Omni authentication \(auth\.siderov1\)/,
    field: `${TALOS}.auth.siderov1`,
  },
  {
    name: "talosconfig current context missing",
    body: () => ({ talosconfig: talosconfigWith((d) => (d.context = "staging")) }),
    status: 400,
    code: "bad_request",
    message: /^Its current context "staging" does not exist in the talosconfig; available: "prod"\.$/,
    field: "talosconfig.context",
  },
  {
    name: "kubeconfig uploaded as the talosconfig",
    body: () => ({ talosconfig: kubeconfigWith(() => undefined) }),
    status: 400,
    code: "bad_request",
    message: /looks like a kubeconfig, not a talosconfig/,
    field: "talosconfig",
  },
  // the request body itself
  {
    name: "unknown body field",
    body: () => ({ kubeconfigPath: "/root/.kube/config" }),
    status: 400,
    code: "bad_request",
    message: /kubeconfigPath/,
    field: "kubeconfigPath",
  },
  {
    name: "cluster name that is not a DNS label",
    body: () => ({ name: "Prod_Cluster" }),
    status: 400,
    code: "bad_request",
    message: /^name: use 1–63 lowercase letters, digits and dashes/,
    field: "name",
  },
  {
    name: "schedule that is not cron",
    body: () => ({ schedule: "every hour" }),
    status: 400,
    code: "bad_request",
    message: /^schedule: must be a 5-field cron expression/,
    field: "schedule",
  },
  {
    name: "no kubeconfig",
    body: () => ({ kubeconfig: undefined }),
    status: 400,
    code: "bad_request",
    message: /^kubeconfig: /,
    field: "kubeconfig",
    isCreateOnly: true,
  },
];

describe("POST /api/v1/clusters refuses bad uploads and stores nothing", () => {
  it("accepts the valid body the cases start from (so each refusal is due to its one change)", async () => {
    const answer = await createCluster({ token: admin, body: validBody() });
    expect(answer.status).toBe(201);
    expect(await storedCounts()).toEqual({ clusters: 1, credentials: 2 });
  });

  it.each(BAD_UPLOADS)("$name → $status", async ({ body, status, code, message, field }) => {
    const answer = await createCluster({ token: admin, body: { ...validBody(), ...body() } });
    expectRefusal(answer, { status, code, message, field });
    expect(await storedCounts()).toEqual({ clusters: 0, credentials: 0 });
    expect(await getDb().auditEvent.count({ where: { action: "cluster.create", outcome: "success" } })).toBe(0);
  });

  it("refuses a body that is not JSON, and one sent as another media type", async () => {
    const notJson = await callRoute({ handler: createRoute, method: "POST", token: admin, body: "kubeconfig: {" });
    expectRefusal(notJson, { status: 400, code: "bad_request", message: /^Request body is not valid JSON\.$/ });
    const asYaml = await callRoute({
      handler: createRoute,
      method: "POST",
      token: admin,
      body: JSON.stringify(validBody()),
      headers: { "content-type": "application/yaml" },
    });
    expectRefusal(asYaml, { status: 415, code: "unsupported_media_type", message: /as application\/json/ });
    expect(await storedCounts()).toEqual({ clusters: 0, credentials: 0 });
  });
});

describe("PATCH /api/v1/clusters/{id} refuses bad credential files and keeps the stored ones", () => {
  it.each(BAD_UPLOADS.filter((upload) => !upload.isCreateOnly))(
    "$name → $status",
    async ({ body, status, code, message, field }) => {
      const created = await createCluster({ token: admin, body: validBody() });
      const { id } = created.json as { id: string };
      const before = await getDb().clusterCredential.findMany({ where: { clusterId: id }, orderBy: { kind: "asc" } });
      // The valid kubeconfig rides along so that a refused talosconfig must also stop its replacement.
      const patch = { kubeconfig: validBody().kubeconfig, ...body() };
      const answer = await patchCluster({ token: admin, id, body: patch });
      expectRefusal(answer, { status, code, message, field });
      const after = await getDb().clusterCredential.findMany({ where: { clusterId: id }, orderBy: { kind: "asc" } });
      expect(after).toEqual(before);
      expect(await getDb().auditEvent.count({ where: { action: "cluster.update" } })).toBe(0);
    },
  );
});

function expectRefusal(
  answer: RouteAnswer,
  expected: { status: number; code: string; message: RegExp; field?: string },
): void {
  const { error } = answer.json as ErrorBody;
  expect({ status: answer.status, code: error.code }).toEqual({ status: expected.status, code: expected.code });
  expect(error.message).toMatch(expected.message);
  if (expected.field !== undefined) expect(error.details?.field).toBe(expected.field);
  for (const secret of secrets()) expect(answer.text).not.toContain(secret);
}
