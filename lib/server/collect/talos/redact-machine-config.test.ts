// Redaction of machine configs built to carry a secret at every path of reference §3.6, in the
// legacy v1alpha1 layout and as 1.14 multi-document configs.
import { describe, expect, it } from "vitest";
import { REDACTED } from "./redact-secret-values";
import { redactMachineConfig } from "./redact-machine-config";

const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
const b64 = (text: string) => Buffer.from(text).toString("base64");
let counter = 0;
/** A unique secret string, so a leak names the path it came from. */
const secret = (name: string) => `S3CR3T-${name}-${(counter += 1)}`;

function legacyConfig() {
  const secrets: string[] = [];
  const s = (name: string) => {
    const value = secret(name);
    secrets.push(value);
    return value;
  };
  const keyPem = pem("ED25519 PRIVATE KEY", s("os-ca-key-body"));
  secrets.push(keyPem);
  const document = {
    version: "v1alpha1",
    machine: {
      type: "controlplane",
      token: s("machine-token"),
      ca: { crt: b64(pem("CERTIFICATE", "public-os-ca")), key: b64(keyPem) },
      env: { https_proxy: s("env-proxy") },
      files: [{ path: "/var/etc/x", content: s("file-content") }],
      registries: {
        config: {
          "registry.example": {
            auth: { username: "robot", password: s("reg-password"), auth: s("reg-auth"), identityToken: s("reg-id") },
            tls: { clientIdentity: { crt: "public", key: s("reg-client-key") } },
          },
        },
      },
      network: {
        interfaces: [
          {
            interface: "wg0",
            wireguard: { privateKey: s("wg-key"), peers: [{ publicKey: "pub", presharedKey: s("wg-psk") }] },
            vip: { ip: "10.0.0.100", equinixMetal: { apiToken: s("em-token") }, hcloud: { apiToken: s("hc-token") } },
            vlans: [{ vlanId: 5, vip: { ip: "10.0.5.1", hcloud: { apiToken: s("vlan-hc-token") } } }],
          },
        ],
      },
      systemDiskEncryption: {
        state: { provider: "luks2", keys: [{ slot: 0, static: { passphrase: s("state-pass") } }] },
        ephemeral: {
          provider: "luks2",
          keys: [
            { slot: 0, static: { passphrase: s("eph-pass") } },
            { slot: 1, tpm: {} },
          ],
        },
      },
      sysctls: { "kernel.kptr_restrict": "2" },
    },
    cluster: {
      id: s("cluster-id"),
      secret: s("cluster-secret"),
      token: s("bootstrap-token"),
      aescbcEncryptionSecret: s("aescbc"),
      secretboxEncryptionSecret: s("secretbox"),
      ca: { crt: "public-k8s-ca", key: s("k8s-ca-key") },
      aggregatorCA: { crt: "public-agg", key: s("agg-key") },
      serviceAccount: { key: s("sa-key") },
      etcd: { ca: { crt: "public-etcd", key: s("etcd-ca-key") } },
      inlineManifests: [{ name: "cni", contents: s("manifest") }],
      extraManifestHeaders: { Authorization: s("header") },
      apiServer: { extraArgs: { "oidc-issuer-url": "https://issuer.example" } },
    },
  };
  return { document, secrets };
}

describe("redactMachineConfig", () => {
  it("redacts every §3.6 secret of a v1alpha1 document and keeps everything else", () => {
    const { document, secrets } = legacyConfig();
    const before = JSON.stringify(document);
    const { documents, redactedPaths } = redactMachineConfig({ documents: [document] });
    const json = JSON.stringify(documents);
    for (const value of secrets) expect(json).not.toContain(JSON.stringify(value).slice(1, -1));
    expect(json).not.toContain("S3CR3T");
    expect(json).not.toContain("PRIVATE KEY");
    expect(JSON.stringify(document)).toBe(before);

    const content = documents[0]?.content as typeof document;
    expect(documents[0]).toMatchObject({ kind: "v1alpha1", name: null });
    expect(content.machine.ca).toEqual({ crt: document.machine.ca.crt, key: REDACTED });
    expect(content.machine.registries.config["registry.example"].auth).toEqual({
      username: "robot",
      password: REDACTED,
      auth: REDACTED,
      identityToken: REDACTED,
    });
    expect(content.machine.systemDiskEncryption.ephemeral.keys[1]).toEqual({ slot: 1, tpm: {} });
    expect(content.machine.sysctls).toEqual({ "kernel.kptr_restrict": "2" });
    expect(content.cluster.apiServer).toEqual(document.cluster.apiServer);
    expect(redactedPaths).toEqual(
      expect.arrayContaining([
        "v1alpha1:machine.token",
        "v1alpha1:machine.ca.key",
        "v1alpha1:machine.network.interfaces[0].vlans[0].vip.hcloud.apiToken",
        "v1alpha1:machine.systemDiskEncryption.state.keys[0].static.passphrase",
        "v1alpha1:cluster.secretboxEncryptionSecret",
        "v1alpha1:cluster.aescbcEncryptionSecret",
        "v1alpha1:cluster.etcd.ca.key",
        "v1alpha1:cluster.serviceAccount.key",
      ]),
    );
    expect(new Set(redactedPaths).size).toBe(redactedPaths.length);
  });

  it("keeps unset secrets visibly unset (a worker's empty CA key stays empty)", () => {
    const { documents, redactedPaths } = redactMachineConfig({
      documents: [{ version: "v1alpha1", machine: { type: "worker", token: "t", ca: { crt: "c", key: "" } } }],
    });
    expect(documents[0]?.content).toEqual({
      version: "v1alpha1",
      machine: { type: "worker", token: REDACTED, ca: { crt: "c", key: "" } },
    });
    expect(redactedPaths).toEqual(["v1alpha1:machine.token"]);
  });

  it("redacts the secrets of every multi-document kind", () => {
    const docs = [
      { version: "v1alpha1", machine: { token: "S3CR3T-m" }, cluster: { token: "S3CR3T-c" } },
      {
        apiVersion: "v1alpha1",
        kind: "UserVolumeConfig",
        name: "data",
        encryption: { keys: [{ static: { passphrase: "S3CR3T-uv" } }] },
      },
      {
        apiVersion: "v1alpha1",
        kind: "SwapVolumeConfig",
        name: "swap",
        encryption: { keys: [{ static: { passphrase: "S3CR3T-sw" } }] },
      },
      { apiVersion: "v1alpha1", kind: "DiscoveryIdentityConfig", clusterID: "S3CR3T-id", clusterSecret: "S3CR3T-ds" },
      {
        apiVersion: "v1alpha1",
        kind: "RegistryAuthConfig",
        name: "ghcr.io",
        username: "u",
        password: "S3CR3T-rp",
        auth: "S3CR3T-ra",
        identityToken: "S3CR3T-ri",
      },
      {
        apiVersion: "v1alpha1",
        kind: "RegistryTLSConfig",
        name: "ghcr.io",
        clientIdentity: { cert: "public", key: pem("EC PRIVATE KEY", "S3CR3T-rtls") },
      },
      {
        apiVersion: "v1alpha1",
        kind: "KubeAggregatorCAConfig",
        issuingCA: { cert: "public", key: pem("EC PRIVATE KEY", "S3CR3T-agg") },
      },
      {
        apiVersion: "v1alpha1",
        kind: "KubeAPIServerCAConfig",
        issuingCA: { cert: "public", key: pem("EC PRIVATE KEY", "S3CR3T-api") },
      },
      {
        apiVersion: "v1alpha1",
        kind: "KubeServiceAccountConfig",
        issuer: { privateKey: pem("EC PRIVATE KEY", "S3CR3T-sa"), issuerURL: "https://x" },
      },
      {
        apiVersion: "v1alpha1",
        kind: "KubeEtcdEncryptionConfig",
        config: {
          resources: [
            {
              resources: ["secrets"],
              providers: [
                { secretbox: { keys: [{ name: "key2", secret: "S3CR3T-sb" }] } },
                { aescbc: { keys: [{ name: "key1", secret: "S3CR3T-aes" }] } },
                { identity: {} },
              ],
            },
          ],
        },
      },
      { apiVersion: "v1alpha1", kind: "HCloudVIPConfig", name: "vip", apiToken: "S3CR3T-hc" },
      {
        apiVersion: "v1alpha1",
        kind: "WireguardConfig",
        name: "wg1",
        privateKey: "S3CR3T-wg",
        peers: [{ publicKey: "p", presharedKey: "S3CR3T-psk" }],
      },
      {
        apiVersion: "v1alpha1",
        kind: "SideroLinkConfig",
        apiUrl: "https://omni.example:8090/?jointoken=S3CR3T-join&grpc_tunnel=false",
        uniqueToken: "S3CR3T-ut",
      },
      {
        apiVersion: "v1alpha1",
        kind: "SomeFutureConfig",
        nested: { anything: pem("RSA PRIVATE KEY", "S3CR3T-future") },
      },
    ];
    const { documents, redactedPaths } = redactMachineConfig({ documents: docs });
    const json = JSON.stringify(documents);
    expect(json).not.toContain("S3CR3T");
    expect(json).not.toContain("PRIVATE KEY");
    expect(documents.map((document) => document.kind)).toEqual([
      "v1alpha1",
      ...docs.slice(1).map((document) => (document as { kind: string }).kind),
    ]);
    const sideroLink = documents.find((document) => document.kind === "SideroLinkConfig")?.content;
    expect(sideroLink?.apiUrl).toBe("https://omni.example:8090/?jointoken=[redacted]&grpc_tunnel=false");
    expect(redactedPaths).toEqual(
      expect.arrayContaining([
        "UserVolumeConfig/data:encryption.keys[0].static.passphrase",
        "KubeEtcdEncryptionConfig:config.resources[0].providers[0].secretbox.keys[0].secret",
        "KubeEtcdEncryptionConfig:config.resources[0].providers[1].aescbc.keys[0].secret",
        "KubeServiceAccountConfig:issuer.privateKey",
        "SideroLinkConfig:apiUrl",
        "SomeFutureConfig:nested.anything",
      ]),
    );
  });
});
