import { createPrivateKey } from "node:crypto";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTalosconfig, readTalosContextMaterial } from "./parse-talosconfig";
import { toYaml } from "./testing/build-test-kubeconfig";
import {
  buildTestTalosconfig,
  createTalosPki,
  type TalosPki,
  type TestTalosconfig,
} from "./testing/build-test-talosconfig";
import { catchCredentialError } from "./testing/catch-credential-error";
import { base64, CLIENT_AUTH, SERVER_AUTH } from "./testing/create-test-pki";

let pki: TalosPki;
beforeAll(async () => {
  pki = await createTalosPki({ roles: ["os:reader"] });
});

function withTwoContexts(): TestTalosconfig {
  const document = buildTestTalosconfig({ pki });
  document.contexts.staging = {
    ...document.contexts.prod,
    endpoints: ["https://talos.staging.example.com"],
    nodes: [],
  };
  return document;
}
const prod = (document: TestTalosconfig) => document.contexts.prod!;
function refuse(
  change: (document: TestTalosconfig) => void,
  options: { context?: string; allowLinkLocal?: boolean } = {},
) {
  const document = buildTestTalosconfig({ pki });
  change(document);
  return catchCredentialError(() => parseTalosconfig({ text: toYaml(document), ...options }));
}

describe("parseTalosconfig: accepted files", () => {
  it("accepts an Ed25519 talosconfig with the `ED25519 PRIVATE KEY` label and extracts the roles", () => {
    expect(pki.keyPem).toMatch(/^-----BEGIN ED25519 PRIVATE KEY-----/);
    const parsed = parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki })) });
    expect(parsed.context).toBe("prod");
    expect(parsed.info).toMatchObject({
      context: "prod",
      contexts: ["prod"],
      endpoints: ["10.0.0.10", "10.0.0.11:50000"],
      nodes: ["10.0.0.10"],
      roles: ["os:reader"],
      clientCertificate: {
        subject: "O=os:reader, CN=lotse",
        organizations: ["os:reader"],
        keyAlgorithm: "Ed25519",
        notAfter: pki.client.certificate.notAfter.toISOString(),
        notBefore: pki.client.certificate.notBefore.toISOString(),
      },
    });
    expect(parsed.info.certificateAuthority.map((ca) => ca.subject)).toEqual(["O=talos, CN=talos"]);
    expect(parsed.info.warnings).toBeUndefined();
  });

  it("returns PEM material with the key label kept as in the file", () => {
    const { material } = parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki })) });
    expect(material).toEqual({
      endpoints: ["10.0.0.10", "10.0.0.11:50000"],
      nodes: ["10.0.0.10"],
      ca: pki.ca.certPem,
      crt: pki.client.certPem,
      key: pki.keyPem,
    });
  });

  it("extracts every role in the Organization", async () => {
    const admin = await createTalosPki({ roles: ["os:reader", "os:etcd:backup"] });
    expect(parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki: admin })) }).info.roles).toEqual([
      "os:reader",
      "os:etcd:backup",
    ]);
  });

  it("keeps only the chosen context in `normalized`, as the current one, and reads it back", () => {
    const parsed = parseTalosconfig({ text: toYaml(withTwoContexts()), context: "staging" });
    expect(parsed.contexts).toEqual(["prod", "staging"]);
    const normalized = parse(parsed.normalized) as {
      context: string;
      contexts: Record<string, Record<string, unknown>>;
    };
    expect(normalized.context).toBe("staging");
    expect(Object.keys(normalized.contexts)).toEqual(["staging"]);
    expect(normalized.contexts.staging).toEqual({
      endpoints: ["https://talos.staging.example.com"],
      ca: base64(pki.ca.certPem),
      crt: base64(pki.client.certPem),
      key: base64(pki.keyPem),
    });
    expect(readTalosContextMaterial({ normalized: parsed.normalized })).toEqual(parsed.material);
  });

  it("keeps no PEM or key text in `info`", () => {
    const serialized = JSON.stringify(parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki })) }).info);
    expect(serialized).not.toMatch(/PRIVATE KEY|BEGIN|LS0tLS1/);
    expect(serialized).not.toContain(base64(pki.keyPem).slice(0, 40));
  });

  it("loads the key in Node once relabelled (what the Talos client does)", () => {
    const { material } = parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki })) });
    expect(createPrivateKey(material.key.replace(/ED25519 PRIVATE KEY/g, "PRIVATE KEY")).asymmetricKeyType).toBe(
      "ed25519",
    );
  });

  it.each([
    ["talos.example.com"],
    ["10.0.0.1:50000"],
    ["[2001:db8::1]:50000"],
    ["2001:db8::1"],
    ["https://talos.example.com"],
    ["https://10.0.0.1:8443"],
  ])("accepts the endpoint %s", (endpoint) => {
    expect(
      parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki, endpoints: [endpoint] })) }).info.endpoints,
    ).toEqual([endpoint]);
  });

  it("treats the deprecated `target` as an endpoint, as talosctl does", () => {
    const document = buildTestTalosconfig({ pki, endpoints: [] });
    prod(document).target = "10.0.0.20";
    expect(parseTalosconfig({ text: toYaml(document) }).info.endpoints).toEqual(["10.0.0.20"]);
  });
});

describe("parseTalosconfig: warnings", () => {
  it("warns when the client certificate's EKU is not exactly clientAuth", async () => {
    const both = await createTalosPki({ extendedKeyUsages: [SERVER_AUTH, CLIENT_AUTH] });
    const { info } = parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki: both })) });
    expect(info.warnings).toEqual([
      "The Talos client certificate's extended key usage is serverAuth, clientAuth; Talos accepts only exactly clientAuth and will reject it.",
    ]);
  });

  it("warns when the client certificate carries no Talos role, or has expired", async () => {
    const expired = await createTalosPki({ roles: [], notAfter: new Date(Date.now() - 1000) });
    const { info } = parseTalosconfig({ text: toYaml(buildTestTalosconfig({ pki: expired })) });
    expect(info.roles).toEqual([]);
    expect(info.warnings).toEqual([
      expect.stringMatching(/^The Talos client certificate expired on /),
      expect.stringMatching(/carries no Talos role/),
    ]);
  });
});

describe("parseTalosconfig: refusals", () => {
  it("lists the contexts when several exist and none is current", () => {
    const document = withTwoContexts();
    delete document.context;
    const error = catchCredentialError(() => parseTalosconfig({ text: toYaml(document) }));
    expect(error.field).toBe("talosconfig.context");
    expect(error.message).toBe(
      'The talosconfig has 2 contexts and names no current one; choose one of: "prod", "staging".',
    );
  });

  it("refuses a missing context", () => {
    expect(refuse(() => undefined, { context: "nope" }).message).toBe(
      'The chosen context "nope" does not exist in the talosconfig; available: "prod".',
    );
  });

  it("refuses Omni authentication (auth.siderov1), basic auth and proxy-url", () => {
    const omni = refuse((d) => Object.assign(prod(d), { auth: { siderov1: { identity: "me@example.com" } } }));
    expect(omni.field).toBe("talosconfig.contexts.prod.auth.siderov1");
    expect(omni.message).toMatch(/uses Omni authentication \(auth\.siderov1\), which Lotse does not support/);
    expect(
      refuse((d) => Object.assign(prod(d), { auth: { basic: { username: "a", password: "b" } } })).message,
    ).toMatch(/basic authentication/);
    expect(refuse((d) => Object.assign(prod(d), { "proxy-url": "http://proxy:3128" })).field).toBe(
      "talosconfig.contexts.prod.proxy-url",
    );
  });

  it("refuses a context without endpoints", () => {
    const error = refuse((d) => (prod(d).endpoints = []));
    expect(error.field).toBe("talosconfig.contexts.prod.endpoints");
    expect(error.message).toMatch(/has no endpoints/);
  });

  it.each(["http://10.0.0.1", "10.0.0.1:99999", "[10.0.0.1]:50000", "host name", "grpc://a:1", "https://a/path"])(
    "refuses the endpoint %j",
    (endpoint) => {
      const error = refuse((d) => (prod(d).endpoints = ["10.0.0.1", endpoint]));
      expect(error.field).toBe("talosconfig.contexts.prod.endpoints[1]");
      expect(error.message).toMatch(/is not valid; use host, host:port, \[IPv6\]:port or an https:\/\/ URL/);
    },
  );

  it.each(["169.254.169.254", "[fe80::1]:50000", "https://[fd00:ec2::254]"])(
    "refuses the link-local endpoint %s unless allowed",
    (endpoint) => {
      expect(refuse((d) => (prod(d).endpoints = [endpoint])).message).toMatch(/link-local or cloud metadata address/);
      const text = toYaml(buildTestTalosconfig({ pki, endpoints: [endpoint] }));
      expect(parseTalosconfig({ text, allowLinkLocal: true }).info.endpoints).toEqual([endpoint]);
    },
  );

  it.each(["ca", "crt", "key"])("refuses a context without %s", (key) => {
    const error = refuse((d) => delete prod(d)[key]);
    expect(error.field).toBe(`talosconfig.contexts.prod.${key}`);
    expect(error.message).toMatch(new RegExp(`has no ${key}; a talosconfig needs base64 PEM ca, crt and key`));
  });

  it("refuses garbage base64 and raw PEM (not base64) in ca, crt and key", () => {
    expect(refuse((d) => (prod(d).ca = "%%%garbage%%%")).message).toMatch(
      /^The ca of talosconfig context "prod" is not valid base64/,
    );
    expect(refuse((d) => (prod(d).crt = pki.client.certPem)).message).toMatch(
      /^The crt of talosconfig context "prod" is not valid base64/,
    );
    expect(refuse((d) => (prod(d).key = base64("not a key"))).message).toMatch(/does not contain a PEM private key/);
  });

  it("refuses a key that does not match the client certificate", async () => {
    const other = await createTalosPki();
    const error = refuse((d) => (prod(d).key = base64(other.keyPem)));
    expect(error.field).toBe("talosconfig.contexts.prod.key");
    expect(error.message).toMatch(/does not belong to the client certificate/);
  });

  it.each([
    ["without contexts", "clusters: []\nusers: []\n"],
    ["with contexts, as real ones have", "clusters: []\nusers: []\ncontexts:\n  - name: prod\n    context: {}\n"],
    ["with contexts only", "contexts:\n  - name: prod\n    context: {}\n"],
  ])("refuses a kubeconfig uploaded as the talosconfig (%s)", (_name, text) => {
    const error = catchCredentialError(() => parseTalosconfig({ text }));
    expect(error.field).toBe("talosconfig");
    expect(error.message).toBe("This looks like a kubeconfig, not a talosconfig; upload it as the kubeconfig.");
  });

  it("refuses a 5 MiB talosconfig with 413", () => {
    expect(catchCredentialError(() => parseTalosconfig({ text: "#".repeat(5 * 1024 * 1024) })).status).toBe(413);
  });
});
