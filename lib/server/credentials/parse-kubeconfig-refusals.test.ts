import { beforeAll, describe, expect, it } from "vitest";
import { parseKubeconfig } from "./parse-kubeconfig";
import {
  buildTestKubeconfig,
  createKubePki,
  toYaml,
  type KubePki,
  type TestKubeconfig,
} from "./testing/build-test-kubeconfig";
import { catchCredentialError } from "./testing/catch-credential-error";
import { base64, createTestCertificate } from "./testing/create-test-pki";

let pki: KubePki;
beforeAll(async () => {
  pki = await createKubePki();
});

const CLUSTER = "kubeconfig.clusters[0].cluster";
const USER = "kubeconfig.users[0].user";

/** Parses a variant of the valid fixture and returns the refusal. */
function refuse(change: (document: TestKubeconfig) => void, options: { allowLinkLocal?: boolean } = {}) {
  const document = buildTestKubeconfig({ pki });
  change(document);
  return catchCredentialError(() => parseKubeconfig({ text: toYaml(document), ...options }));
}
const cluster = (document: TestKubeconfig) => document.clusters[0]!.cluster;
const user = (document: TestKubeconfig) => document.users[0]!.user;

describe("parseKubeconfig refuses what would run commands or read files on the server", () => {
  it.each([
    ["exec", { command: "aws", args: ["eks", "get-token"], apiVersion: "client.authentication.k8s.io/v1beta1" }],
    ["auth-provider", { name: "gcp", config: { "cmd-path": "/usr/bin/gcloud" } }],
  ])("refuses a user with %s", (key, value) => {
    const error = refuse((d) => Object.assign(user(d), { [key]: value }));
    expect(error.status).toBe(400);
    expect(error.field).toBe(`${USER}.${key}`);
    expect(error.message).toMatch(
      /^The user "reader" uses an? .* plugin, which would run commands on the Lotse server; embed a client certificate/,
    );
  });

  it.each([
    ["client-certificate", "/etc/kubernetes/pki/admin.crt", "client-certificate-data"],
    ["client-key", "/etc/kubernetes/pki/admin.key", "client-key-data"],
    ["tokenFile", "/var/run/secrets/token", "token"],
  ])("refuses a user whose %s is a file path", (key, path, embedded) => {
    const error = refuse((d) => Object.assign(user(d), { [key]: path }));
    expect(error.field).toBe(`${USER}.${key}`);
    expect(error.message).toContain("would read files on the Lotse server");
    expect(error.message).toContain(`embed it as ${embedded}`);
  });

  it("refuses a cluster whose certificate-authority is a file path", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "certificate-authority": "/etc/ca.crt" }));
    expect(error.field).toBe(`${CLUSTER}.certificate-authority`);
    expect(error.message).toMatch(/would read files on the Lotse server; embed it as certificate-authority-data/);
  });
});

describe("parseKubeconfig refuses unsafe or unsupported settings", () => {
  it("refuses basic authentication", () => {
    const error = refuse((d) => Object.assign(user(d), { username: "admin", password: "hunter2" }));
    expect(error.message).toMatch(/basic authentication .* not support/);
    expect(error.message).not.toContain("hunter2");
  });

  it.each(["as", "as-groups", "as-uid", "as-user-extra"])("refuses impersonation (%s)", (key) => {
    const value =
      key === "as" || key === "as-uid" ? "system:admin" : key === "as-groups" ? ["system:masters"] : { scopes: ["x"] };
    const error = refuse((d) => Object.assign(user(d), { [key]: value }));
    expect(error.field).toBe(`${USER}.${key}`);
    expect(error.message).toMatch(/impersonates .* Lotse refuses/);
  });

  it("refuses insecure-skip-tls-verify: true", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "insecure-skip-tls-verify": true }));
    expect(error.field).toBe(`${CLUSTER}.insecure-skip-tls-verify`);
    expect(error.message).toMatch(/turns off server certificate checks/);
  });

  it("ignores insecure-skip-tls-verify: false", () => {
    const document = buildTestKubeconfig({ pki });
    Object.assign(cluster(document), { "insecure-skip-tls-verify": false });
    expect(parseKubeconfig({ text: toYaml(document) }).normalized).not.toContain("insecure");
  });

  it("refuses proxy-url", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "proxy-url": "http://proxy:3128" }));
    expect(error.field).toBe(`${CLUSTER}.proxy-url`);
    expect(error.message).toMatch(/proxy-url.*not support/);
  });
});

describe("parseKubeconfig checks the server URL", () => {
  it.each([
    ["http://10.0.0.1:6443", /uses http:\/\/; Lotse connects to Kubernetes only over https:\/\//],
    ["10.0.0.1:6443", /is not a valid URL/],
    ["https://", /is not a valid URL/],
    ["https://exa mple.com", /is not a valid URL/],
    ["https://admin:pw@10.0.0.1", /contains a user name or password/],
    ["", /has no server URL/],
  ])("refuses %j", (server, message) => {
    const error = refuse((d) => Object.assign(cluster(d), { server }));
    expect(error.field).toBe(`${CLUSTER}.server`);
    expect(error.message).toMatch(message);
  });

  it.each(["https://169.254.169.254", "https://[fe80::1]:6443", "https://[fd00:ec2::254]", "https://0xA9FEA9FE:443"])(
    "refuses the link-local / metadata address %s unless allowed",
    (server) => {
      const error = refuse((d) => Object.assign(cluster(d), { server }));
      expect(error.message).toMatch(/link-local or cloud metadata address.*LOTSE_ALLOW_LINK_LOCAL_CLUSTERS=true/);
      const document = buildTestKubeconfig({ pki, server });
      expect(parseKubeconfig({ text: toYaml(document), allowLinkLocal: true }).server).toBe(server);
    },
  );
});

describe("parseKubeconfig checks embedded certificates, keys and tokens", () => {
  it("refuses garbage base64 in certificate-authority-data", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "certificate-authority-data": "not base64 at all!!" }));
    expect(error.field).toBe(`${CLUSTER}.certificate-authority-data`);
    expect(error.message).toMatch(/^The certificate-authority-data of cluster "prod" is not valid base64/);
  });

  it("refuses base64 that is not a PEM certificate", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "certificate-authority-data": base64("hello") }));
    expect(error.message).toMatch(/does not contain a PEM certificate/);
  });

  it("refuses a certificate block that is not a valid certificate", () => {
    const broken = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    const error = refuse((d) => Object.assign(cluster(d), { "certificate-authority-data": base64(broken) }));
    expect(error.message).toMatch(/certificate 1 is not a valid X\.509 certificate/);
  });

  it("refuses a private key pasted into certificate-authority-data", () => {
    const error = refuse((d) => Object.assign(cluster(d), { "certificate-authority-data": base64(pki.client.keyPem) }));
    expect(error.message).toMatch(/contains a "PRIVATE KEY" block; it must hold only CERTIFICATE blocks/);
  });

  it("refuses a key that does not belong to the certificate", async () => {
    const other = await createTestCertificate({ algorithm: "ecdsa", commonName: "other" });
    const error = refuse((d) => Object.assign(user(d), { "client-key-data": base64(other.keyPem) }));
    expect(error.field).toBe(`${USER}.client-key-data`);
    expect(error.message).toMatch(/does not belong to the client certificate/);
  });

  it("refuses garbage in client-key-data", () => {
    const error = refuse((d) =>
      Object.assign(user(d), {
        "client-key-data": base64("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
      }),
    );
    expect(error.message).toMatch(/is not a valid private key/);
  });

  it("refuses a certificate without its key, and a user with no credentials", () => {
    expect(refuse((d) => delete user(d)["client-key-data"]).message).toMatch(
      /has client-certificate-data but no client-key-data/,
    );
    const error = refuse((d) => (d.users[0]!.user = {}));
    expect(error.message).toBe(
      'The user "reader" has no credentials; embed client-certificate-data and client-key-data, or a token.',
    );
  });

  it("refuses a cluster name defined twice", () => {
    const error = refuse((d) => d.clusters.push({ name: "prod", cluster: { server: "https://10.9.9.9" } }));
    expect(error.field).toBe("kubeconfig.clusters[1]");
    expect(error.message).toBe('The kubeconfig defines cluster "prod" more than once.');
  });

  it("refuses a user with both a client certificate and a token", () => {
    expect(refuse((d) => Object.assign(user(d), { token: "abc" })).message).toMatch(
      /both a client certificate and a token/,
    );
  });

  it("refuses a token with whitespace", () => {
    expect(refuse((d) => (d.users[0]!.user = { token: "abc def" })).message).toMatch(
      /contains spaces or control characters/,
    );
  });
});

describe("parseKubeconfig refuses documents that are not kubeconfigs", () => {
  it.each([
    ["a list", "- a\n- b\n", /expected a YAML mapping/],
    ["a scalar", "hello\n", /expected a YAML mapping/],
    ["unrelated YAML", "apiVersion: apps/v1\nkind: Deployment\n", /has no clusters, users or contexts/],
    ["a talosconfig", "context: a\ncontexts:\n  a:\n    endpoints: [1.2.3.4]\n", /looks like a talosconfig/],
    ["clusters as a map", "clusters: {a: 1}\nusers: []\ncontexts: []\n", /kubeconfig\.clusters: must be a list/],
    [
      "a cluster entry without name",
      "clusters:\n- cluster: {server: https://a}\nusers: []\ncontexts: []\n",
      /kubeconfig\.clusters\[0\]\.name: a name is required/,
    ],
  ])("refuses %s", (_what, text, message) => {
    expect(catchCredentialError(() => parseKubeconfig({ text })).message).toMatch(message);
  });
});
