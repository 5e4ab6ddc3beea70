import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCertificateAuthority } from "./create-certificate-authority";
import { x509 } from "./load-x509";
import type { KeyAlgorithm } from "./pki-types";

describe.each<KeyAlgorithm>(["ed25519", "ecdsa-p256"])("createCertificateAuthority (%s)", (algorithm) => {
  it("creates a self-signed CA with CA:TRUE and certificate-signing key usage", async () => {
    const ca = await createCertificateAuthority({ commonName: "kubernetes", organization: "lotse-sim", algorithm });
    const cert = new X509Certificate(ca.certPem);
    expect(cert.ca).toBe(true);
    expect(cert.subject).toBe("O=lotse-sim\nCN=kubernetes");
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.publicKey.asymmetricKeyType).toBe(algorithm === "ed25519" ? "ed25519" : "ec");
    expect(ca.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);

    const parsed = new x509.X509Certificate(ca.certPem);
    const keyUsage = parsed.getExtension(x509.KeyUsagesExtension);
    expect(keyUsage?.critical).toBe(true);
    expect(keyUsage?.usages).toBe(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
    );
    expect(parsed.getExtension(x509.BasicConstraintsExtension)?.critical).toBe(true);
    expect(parsed.getExtension(x509.ExtendedKeyUsageExtension)).toBeNull();
  });

  it("derives the same key from the same seed and a different key from another seed", async () => {
    const [a, b, c] = await Promise.all([
      createCertificateAuthority({ commonName: "ca", algorithm, keySeed: "cluster-a" }),
      createCertificateAuthority({ commonName: "ca", algorithm, keySeed: "cluster-a" }),
      createCertificateAuthority({ commonName: "ca", algorithm, keySeed: "cluster-b" }),
    ]);
    expect(a.keyPem).toBe(b.keyPem);
    expect(a.keyPem).not.toBe(c.keyPem);
    // A certificate of one CA instance verifies with the key of its seeded twin.
    expect(new X509Certificate(a.certPem).verify(new X509Certificate(b.certPem).publicKey)).toBe(true);
  });

  it("uses the requested validity window", async () => {
    const notBefore = new Date("2025-01-01T00:00:00Z");
    const notAfter = new Date("2035-01-01T00:00:00Z");
    const ca = await createCertificateAuthority({ commonName: "ca", algorithm, notBefore, notAfter });
    const cert = new X509Certificate(ca.certPem);
    expect(new Date(cert.validFrom)).toEqual(notBefore);
    expect(new Date(cert.validTo)).toEqual(notAfter);
  });
});
