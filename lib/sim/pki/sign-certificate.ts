import { randomBytes } from "node:crypto";
import { x509 } from "./load-x509";
import type { KeyAlgorithm, SimKeyPair } from "./pki-types";

const FIVE_MINUTES_MS = 5 * 60 * 1000;

interface SignCertificateOptions {
  commonName: string;
  organization: string[];
  subjectKeys: SimKeyPair;
  /** Absent for a self-signed certificate. */
  issuer?: { certificate: x509.X509Certificate; keyPair: SimKeyPair };
  notBefore?: Date;
  notAfter: Date;
  extensions: x509.Extension[];
  serialNumber?: string;
}

/**
 * Signs one X.509 v3 certificate. Internal helper of createCertificateAuthority and
 * issueCertificate, which decide the extensions.
 */
export async function signCertificate(options: SignCertificateOptions): Promise<x509.X509Certificate> {
  const { commonName, organization, subjectKeys, issuer, notAfter, extensions } = options;
  // Back-dated a little, as real CAs do, so a client whose clock is slightly behind accepts it.
  const notBefore = options.notBefore ?? new Date(Date.now() - FIVE_MINUTES_MS);
  // Go's pkix order: O before CN. One RDN per value keeps DER SET ordering trivially valid.
  const name: x509.JsonName = [...organization.map((o) => ({ O: [o] })), { CN: [commonName] }];
  const serialNumber = options.serialNumber ?? createSerialNumber();
  const signingKeys = issuer?.keyPair ?? subjectKeys;
  return x509.X509CertificateGenerator.create({
    serialNumber,
    subject: name,
    issuer: issuer ? issuer.certificate.subjectName : name,
    notBefore,
    notAfter,
    publicKey: subjectKeys.publicKey,
    signingKey: signingKeys.privateKey,
    signingAlgorithm: signingAlgorithmFor(signingKeys.algorithm),
    extensions,
  });
}

function signingAlgorithmFor(algorithm: KeyAlgorithm): Algorithm | EcdsaParams {
  return algorithm === "ed25519" ? { name: "Ed25519" } : { name: "ECDSA", hash: "SHA-256" };
}

/** 128 random bits, first byte kept in 0x01..0x7f so the DER INTEGER is positive and minimal. */
function createSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 1) & 0x7f) | 0x01;
  return bytes.toString("hex");
}
