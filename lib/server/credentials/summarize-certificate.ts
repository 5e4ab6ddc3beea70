import type { X509Certificate } from "node:crypto";
import type { CertificateSummary } from "./credential-types";
import { x509 } from "./load-x509";

/** Safe, displayable facts about a certificate (names, validity, key type, fingerprint). */
export function summarizeCertificate({ certificate }: { certificate: X509Certificate }): CertificateSummary {
  const parsed = new x509.X509Certificate(certificate.raw);
  const commonName = parsed.subjectName.getField("CN")[0];
  return {
    subject: parsed.subject,
    ...(commonName === undefined ? {} : { commonName }),
    organizations: parsed.subjectName.getField("O"),
    issuer: parsed.issuer,
    notBefore: certificate.validFromDate.toISOString(),
    notAfter: certificate.validToDate.toISOString(),
    keyAlgorithm: describeKeyAlgorithm({ certificate }),
    fingerprintSha256: certificate.fingerprint256,
  };
}

function describeKeyAlgorithm({ certificate }: { certificate: X509Certificate }): string {
  const { asymmetricKeyType: type, asymmetricKeyDetails: details } = certificate.publicKey;
  if (type === "rsa" || type === "rsa-pss") return `RSA ${details?.modulusLength ?? ""}`.trim();
  if (type === "ec") return `ECDSA ${curveName(details?.namedCurve)}`.trim();
  if (type === "ed25519") return "Ed25519";
  if (type === "ed448") return "Ed448";
  return type ?? "unknown";
}

function curveName(curve: string | undefined): string {
  if (curve === "prime256v1") return "P-256";
  if (curve === "secp384r1") return "P-384";
  if (curve === "secp521r1") return "P-521";
  return curve ?? "";
}
