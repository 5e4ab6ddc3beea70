import { KubeConfig } from "@kubernetes/client-node";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { parseKubeconfig } from "./parse-kubeconfig";
import { readKubeconfigMaterial } from "./read-kubeconfig-material";
import { buildTestKubeconfig, createKubePki, toYaml, type KubePki } from "./testing/build-test-kubeconfig";
import { catchCredentialError } from "./testing/catch-credential-error";
import { base64, createTestCertificate, toTalosKeyLabel, toTraditionalKeyPem } from "./testing/create-test-pki";

let ecdsa: KubePki;
let rsa: KubePki;

beforeAll(async () => {
  [ecdsa, rsa] = await Promise.all([createKubePki({ algorithm: "ecdsa" }), createKubePki({ algorithm: "rsa" })]);
});

/** Three contexts over two clusters and three users; `current-context` is `staging`. */
function multiContext(pki: KubePki) {
  const document = buildTestKubeconfig({ pki });
  document.clusters.push({ name: "staging", cluster: { server: "https://staging.example.com:6443" } });
  document.users.push({ name: "robot", user: { token: "staging-token-value" } });
  document.users.push({
    name: "oidc",
    user: { exec: { command: "kubelogin", apiVersion: "client.authentication.k8s.io/v1" } },
  });
  document.contexts.push({ name: "staging", context: { cluster: "staging", user: "robot", namespace: "apps" } });
  document.contexts.push({ name: "dev", context: { cluster: "staging", user: "oidc" } });
  document["current-context"] = "staging";
  return document;
}

describe("parseKubeconfig: accepted files", () => {
  it("accepts an ECDSA client certificate and reports safe metadata with expiry dates", () => {
    const parsed = parseKubeconfig({ text: toYaml(buildTestKubeconfig({ pki: ecdsa })) });
    expect(parsed.context).toBe("prod");
    expect(parsed.contexts).toEqual(["prod"]);
    expect(parsed.server).toBe("https://10.0.0.1:6443");
    expect(parsed.info.authKind).toBe("client-certificate");
    expect(parsed.info.clientCertificate).toMatchObject({
      subject: "O=lotse:readers, CN=lotse-reader",
      commonName: "lotse-reader",
      organizations: ["lotse:readers"],
      issuer: "CN=kubernetes",
      keyAlgorithm: "ECDSA P-256",
      notAfter: ecdsa.client.certificate.notAfter.toISOString(),
      notBefore: ecdsa.client.certificate.notBefore.toISOString(),
    });
    expect(parsed.info.clientCertificate?.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(parsed.info.certificateAuthority?.map((ca) => ca.subject)).toEqual(["CN=kubernetes"]);
    expect(parsed.info.warnings).toBeUndefined();
  });

  it("accepts an RSA key in the PKCS#1 `RSA PRIVATE KEY` form kubeadm writes", () => {
    const text = toYaml(buildTestKubeconfig({ pki: rsa, keyPem: toTraditionalKeyPem(rsa.client.keyPem) }));
    const parsed = parseKubeconfig({ text });
    expect(parsed.info.clientCertificate?.keyAlgorithm).toBe("RSA 2048");
  });

  it("accepts an ECDSA key in the SEC1 `EC PRIVATE KEY` form", () => {
    const text = toYaml(buildTestKubeconfig({ pki: ecdsa, keyPem: toTraditionalKeyPem(ecdsa.client.keyPem) }));
    expect(parseKubeconfig({ text }).info.authKind).toBe("client-certificate");
  });

  it("accepts an Ed25519 key with Talos' label and stores it under a label Node loads", async () => {
    const ed = await createKubePki({ algorithm: "ed25519" });
    const text = toYaml(buildTestKubeconfig({ pki: ed, keyPem: toTalosKeyLabel(ed.client.keyPem) }));
    const parsed = parseKubeconfig({ text });
    expect(parsed.info.clientCertificate?.keyAlgorithm).toBe("Ed25519");
    expect(readKubeconfigMaterial({ normalized: parsed.normalized }).key).toBe(ed.client.keyPem);
  });

  it("reads a file with a byte order mark and CRLF line endings", () => {
    const text = `\uFEFF${toYaml(buildTestKubeconfig({ pki: ecdsa })).replace(/\n/g, "\r\n")}`;
    expect(parseKubeconfig({ text }).context).toBe("prod");
  });

  it("uses current-context, keeps only that context, its cluster and user in `normalized`", () => {
    const parsed = parseKubeconfig({ text: toYaml(multiContext(ecdsa)) });
    expect(parsed.context).toBe("staging");
    expect(parsed.contexts).toEqual(["prod", "staging", "dev"]);
    expect(parsed.info).toMatchObject({ authKind: "token", server: "https://staging.example.com:6443" });
    expect(parsed.info.certificateAuthority).toBeUndefined();
    expect(parse(parsed.normalized)).toEqual({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: "staging", cluster: { server: "https://staging.example.com:6443" } }],
      users: [{ name: "robot", user: { token: "staging-token-value" } }],
      contexts: [{ name: "staging", context: { cluster: "staging", user: "robot", namespace: "apps" } }],
      "current-context": "staging",
    });
  });

  it("uses the explicitly chosen context over current-context (other contexts' users are not judged)", () => {
    const parsed = parseKubeconfig({ text: toYaml(multiContext(ecdsa)), context: "prod" });
    expect(parsed.context).toBe("prod");
    const normalized = parse(parsed.normalized) as {
      clusters: { name: string }[];
      users: { name: string }[];
      contexts: { name: string }[];
    };
    expect(normalized.clusters.map((c) => c.name)).toEqual(["prod"]);
    expect(normalized.users.map((u) => u.name)).toEqual(["reader"]);
    expect(normalized.contexts.map((c) => c.name)).toEqual(["prod"]);
    expect(parsed.normalized).not.toContain("staging-token-value");
    expect(parsed.normalized).not.toContain("kubelogin");
  });

  it("uses the only context when current-context is absent", () => {
    const document = buildTestKubeconfig({ pki: ecdsa });
    delete document["current-context"];
    expect(parseKubeconfig({ text: toYaml(document) }).context).toBe("prod");
  });

  it("keeps no PEM, key or token text in `info`", () => {
    for (const context of ["prod", "staging"]) {
      const serialized = JSON.stringify(parseKubeconfig({ text: toYaml(multiContext(ecdsa)), context }).info);
      expect(serialized).not.toMatch(/PRIVATE KEY|BEGIN|LS0tLS1/);
      expect(serialized).not.toContain("staging-token-value");
      expect(serialized).not.toContain(base64(ecdsa.client.keyPem).slice(0, 40));
    }
  });

  it("reports an expired client certificate as a warning, not a refusal", async () => {
    const ca = await createTestCertificate({ algorithm: "ecdsa", commonName: "kubernetes", isCa: true });
    const expiredAt = new Date(Date.now() - 24 * 3600_000);
    const client = await createTestCertificate({
      algorithm: "ecdsa",
      commonName: "old",
      issuer: ca,
      notBefore: new Date(Date.now() - 48 * 3600_000),
      notAfter: expiredAt,
    });
    const parsed = parseKubeconfig({ text: toYaml(buildTestKubeconfig({ pki: { ca, client } })) });
    expect(parsed.info.clientCertificate?.notAfter).toBe(client.certificate.notAfter.toISOString());
    expect(parsed.info.warnings).toEqual([
      expect.stringMatching(/^The client certificate of user "reader" expired on /),
    ]);
  });

  it("writes a normalized file that @kubernetes/client-node loads with the same credentials", async () => {
    const parsed = parseKubeconfig({
      text: toYaml(buildTestKubeconfig({ pki: rsa, keyPem: toTraditionalKeyPem(rsa.client.keyPem) })),
    });
    const config = new KubeConfig();
    config.loadFromString(parsed.normalized);
    expect(config.getCurrentCluster()?.server).toBe("https://10.0.0.1:6443");
    const options: { ca?: unknown; cert?: unknown; key?: unknown } = {};
    await config.applyToHTTPSOptions(options);
    expect(String(options.ca)).toBe(rsa.ca.certPem);
    expect(String(options.cert)).toBe(rsa.client.certPem);
    expect(String(options.key)).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
  });

  it("reads the stored normalized file back into PEM material for the worker", () => {
    const parsed = parseKubeconfig({ text: toYaml(buildTestKubeconfig({ pki: ecdsa })) });
    expect(readKubeconfigMaterial({ normalized: parsed.normalized })).toEqual({
      context: "prod",
      server: "https://10.0.0.1:6443",
      ca: ecdsa.ca.certPem,
      cert: ecdsa.client.certPem,
      key: ecdsa.client.keyPem,
    });
  });
});

describe("parseKubeconfig: choosing the context", () => {
  it("lists the available contexts when there are several and none is chosen", () => {
    const document = multiContext(ecdsa);
    delete document["current-context"];
    const error = catchCredentialError(() => parseKubeconfig({ text: toYaml(document) }));
    expect(error.status).toBe(400);
    expect(error.field).toBe("kubeconfig.current-context");
    expect(error.message).toBe(
      'The kubeconfig has 3 contexts and names no current one; choose one of: "prod", "staging", "dev".',
    );
  });

  it("refuses a chosen context that does not exist, listing the available ones", () => {
    const error = catchCredentialError(() => parseKubeconfig({ text: toYaml(multiContext(ecdsa)), context: "qa" }));
    expect(error.message).toBe(
      'The chosen context "qa" does not exist in the kubeconfig; available: "prod", "staging", "dev".',
    );
  });

  it("refuses a current-context that does not exist", () => {
    const document = buildTestKubeconfig({ pki: ecdsa });
    document["current-context"] = "gone";
    expect(catchCredentialError(() => parseKubeconfig({ text: toYaml(document) })).message).toMatch(
      /^Its current context "gone" does not exist/,
    );
  });

  it("refuses a kubeconfig without contexts", () => {
    const document = buildTestKubeconfig({ pki: ecdsa });
    document.contexts = [];
    expect(catchCredentialError(() => parseKubeconfig({ text: toYaml(document) })).message).toBe(
      "The kubeconfig has no contexts.",
    );
  });

  it("refuses a context that names a cluster the file does not define", () => {
    const document = buildTestKubeconfig({ pki: ecdsa });
    document.contexts[0]!.context.cluster = "elsewhere";
    const error = catchCredentialError(() => parseKubeconfig({ text: toYaml(document) }));
    expect(error.message).toBe(
      'The context "prod" refers to cluster "elsewhere", which the kubeconfig does not define.',
    );
  });
});
