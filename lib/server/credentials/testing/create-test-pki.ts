// Test fixtures only: real keys and certificates generated at test time, so no private key is
// ever committed. Not imported by production code.
import { createPrivateKey, randomBytes } from "node:crypto";
import { x509 } from "../load-x509";

export type TestKeyAlgorithm = "rsa" | "ecdsa" | "ed25519";

export const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
export const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

export interface TestCertificate {
  certPem: string;
  /** PKCS#8 `PRIVATE KEY` PEM. */
  keyPem: string;
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  algorithm: TestKeyAlgorithm;
}

const PARAMS: Record<TestKeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams | Algorithm> = {
  rsa: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
  ecdsa: { name: "ECDSA", namedCurve: "P-256" },
  ed25519: { name: "Ed25519" },
};

const SIGNING: Record<TestKeyAlgorithm, Algorithm | EcdsaParams> = {
  rsa: { name: "RSASSA-PKCS1-v1_5" },
  ecdsa: { name: "ECDSA", hash: "SHA-256" },
  ed25519: { name: "Ed25519" },
};

export async function createTestKeys({ algorithm }: { algorithm: TestKeyAlgorithm }): Promise<CryptoKeyPair> {
  return (await globalThis.crypto.subtle.generateKey(PARAMS[algorithm], true, ["sign", "verify"])) as CryptoKeyPair;
}

/** A self-signed CA (or, with `issuer`, a certificate it issues). */
export async function createTestCertificate({
  algorithm,
  commonName,
  organizations = [],
  issuer,
  isCa = false,
  extendedKeyUsages,
  notBefore = new Date(Date.now() - 60_000),
  notAfter = new Date(Date.now() + 365 * 24 * 3600_000),
}: {
  algorithm: TestKeyAlgorithm;
  commonName: string;
  organizations?: string[];
  issuer?: TestCertificate;
  isCa?: boolean;
  /** OIDs; omitted = no extension. */
  extendedKeyUsages?: string[];
  notBefore?: Date;
  notAfter?: Date;
}): Promise<TestCertificate> {
  const keys = await createTestKeys({ algorithm });
  const name: x509.JsonName = [...organizations.map((o) => ({ O: [o] })), { CN: [commonName] }];
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(isCa, undefined, true)];
  if (extendedKeyUsages) extensions.push(new x509.ExtendedKeyUsageExtension(extendedKeyUsages));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomBytes(8).toString("hex").replace(/^./, "1"),
    subject: name,
    issuer: issuer ? issuer.certificate.subjectName : name,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    signingKey: issuer ? issuer.keys.privateKey : keys.privateKey,
    signingAlgorithm: SIGNING[issuer ? issuer.algorithm : algorithm],
    extensions,
  });
  const pkcs8 = Buffer.from(await globalThis.crypto.subtle.exportKey("pkcs8", keys.privateKey));
  const keyPem = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" })
    .export({ type: "pkcs8", format: "pem" })
    .toString();
  return { certPem: certificate.toString("pem").replace(/\r\n/g, "\n") + "\n", keyPem, certificate, keys, algorithm };
}

/** Talos' label for Ed25519 PKCS#8 keys (what `talosctl` writes). */
export function toTalosKeyLabel(keyPem: string): string {
  return keyPem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "-----$1 ED25519 PRIVATE KEY-----");
}

/** `RSA PRIVATE KEY` (PKCS#1) or `EC PRIVATE KEY` (SEC1), as kubeadm and openssl write them. */
export function toTraditionalKeyPem(keyPem: string): string {
  const key = createPrivateKey(keyPem);
  const type = key.asymmetricKeyType === "rsa" ? "pkcs1" : "sec1";
  return key.export({ type, format: "pem" }).toString();
}

export function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}
