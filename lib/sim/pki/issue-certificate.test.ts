import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCertificateAuthority } from "./create-certificate-authority";
import { issueCertificate } from "./issue-certificate";
import type { KeyAlgorithm } from "./pki-types";

const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

describe.each<KeyAlgorithm>(["ed25519", "ecdsa-p256"])("issueCertificate (%s)", (algorithm) => {
  it("issues a server certificate with serverAuth only and DNS + IP SANs, signed by the CA", async () => {
    const ca = await createCertificateAuthority({ commonName: "kubernetes", algorithm });
    const server = await issueCertificate({
      issuer: ca,
      commonName: "kube-apiserver",
      algorithm,
      usage: "server",
      dnsNames: ["localhost", "kubernetes.default.svc"],
      ipAddresses: ["127.0.0.1", "::1"],
    });
    const cert = new X509Certificate(server.certPem);
    expect(cert.verify(new X509Certificate(ca.certPem).publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual([SERVER_AUTH]);
    expect(cert.subjectAltName).toBe(
      "DNS:localhost, DNS:kubernetes.default.svc, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
    );
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.issuer).toBe("CN=kubernetes");
    expect(server.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(cert.checkPrivateKey(await import("node:crypto").then((c) => c.createPrivateKey(server.keyPem)))).toBe(true);
  });

  it("issues a client certificate with clientAuth only, CN = user and one O per group", async () => {
    const ca = await createCertificateAuthority({ commonName: "talos", algorithm });
    const client = await issueCertificate({
      issuer: ca,
      commonName: "lotse",
      organization: ["os:reader", "lotse:auditors"],
      algorithm,
      usage: "client",
    });
    const cert = new X509Certificate(client.certPem);
    expect(cert.keyUsage).toEqual([CLIENT_AUTH]);
    expect(cert.subject).toBe("O=os:reader\nO=lotse:auditors\nCN=lotse");
    expect(cert.subjectAltName).toBeUndefined();
    expect(cert.verify(new X509Certificate(ca.certPem).publicKey)).toBe(true);
  });

  it("honours the requested validity, including an already expired certificate", async () => {
    const ca = await createCertificateAuthority({ commonName: "ca", algorithm });
    const notBefore = new Date("2024-01-01T00:00:00Z");
    const notAfter = new Date("2024-02-01T00:00:00Z");
    const expired = await issueCertificate({
      issuer: ca,
      commonName: "old",
      algorithm,
      usage: "client",
      notBefore,
      notAfter,
    });
    const cert = new X509Certificate(expired.certPem);
    expect(new Date(cert.validFrom)).toEqual(notBefore);
    expect(new Date(cert.validTo)).toEqual(notAfter);
    expect(expired.notAfter).toEqual(notAfter);
  });

  it("signs across algorithms and reuses a given key pair", async () => {
    const other: KeyAlgorithm = algorithm === "ed25519" ? "ecdsa-p256" : "ed25519";
    const ca = await createCertificateAuthority({ commonName: "ca", algorithm: other });
    const first = await issueCertificate({ issuer: ca, commonName: "a", algorithm, usage: "client" });
    const twin = await issueCertificate({
      issuer: ca,
      commonName: "a",
      algorithm,
      usage: "client",
      keyPair: first.keyPair,
    });
    expect(twin.keyPem).toBe(first.keyPem);
    expect(twin.serialNumber).not.toBe(first.serialNumber);
    expect(new X509Certificate(twin.certPem).verify(new X509Certificate(ca.certPem).publicKey)).toBe(true);
  });

  it("rejects an IP SAN that is not an address", async () => {
    const ca = await createCertificateAuthority({ commonName: "ca", algorithm });
    await expect(
      issueCertificate({ issuer: ca, commonName: "x", algorithm, usage: "server", ipAddresses: ["localhost"] }),
    ).rejects.toThrow(/not an IP address/);
  });
});
