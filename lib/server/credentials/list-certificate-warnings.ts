import type { X509Certificate } from "node:crypto";

/** Validity problems of a client certificate worth showing (they do not block the upload). */
export function listCertificateWarnings({
  certificate,
  what,
  now = new Date(),
}: {
  certificate: X509Certificate;
  what: string;
  now?: Date;
}): string[] {
  if (certificate.validToDate.getTime() <= now.getTime()) {
    return [`${what} expired on ${certificate.validToDate.toISOString()}; the cluster will refuse it.`];
  }
  if (certificate.validFromDate.getTime() > now.getTime()) {
    return [`${what} is not valid before ${certificate.validFromDate.toISOString()}.`];
  }
  return [];
}
