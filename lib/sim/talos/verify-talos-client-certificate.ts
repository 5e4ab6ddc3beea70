import type { X509Certificate } from "node:crypto";
import { parseTalosRoles } from "./talos-rbac";

const CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";

export type ClientCertificateVerdict =
  { ok: true; roles: Set<string>; subject: string } | { ok: false; reason: string };

/**
 * What apid checks before any RPC runs (RequireAndVerifyClientCert + verifyExtKeyUsage): the
 * client certificate chains to an accepted Talos CA, is within its validity period, and, being a
 * non-CA certificate, carries an extended key usage of exactly [clientAuth]. Roles come from the
 * Subject Organization values.
 *
 * // Note: a certificate with serverAuth+clientAuth is refused even though it would pass a
 * // generic TLS client-auth check; that is apid's extra rule.
 */
export function verifyTalosClientCertificate({
  certificate,
  acceptedCas,
  now = new Date(),
}: {
  certificate: X509Certificate | undefined;
  acceptedCas: readonly X509Certificate[];
  now?: Date;
}): ClientCertificateVerdict {
  if (!certificate) return { ok: false, reason: "client didn't provide a certificate" };
  const issuer = acceptedCas.find((ca) => certificate.checkIssued(ca) && certificate.verify(ca.publicKey));
  if (!issuer) return { ok: false, reason: "x509: certificate signed by unknown authority" };
  for (const cert of [certificate, issuer]) {
    if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) {
      return { ok: false, reason: "x509: certificate has expired or is not yet valid" };
    }
  }
  if (!certificate.ca) {
    const usages = certificate.keyUsage ?? [];
    if (usages.length !== 1 || usages[0] !== CLIENT_AUTH_OID) {
      return {
        ok: false,
        reason: `certificate "${certificate.subject.replace(/\n/g, ",")}" is missing the client auth extended key usage`,
      };
    }
  }
  const organizations = certificate.subject
    .split("\n")
    .filter((line) => line.startsWith("O="))
    .map((line) => line.slice(2));
  return { ok: true, roles: parseTalosRoles(organizations), subject: certificate.subject };
}
