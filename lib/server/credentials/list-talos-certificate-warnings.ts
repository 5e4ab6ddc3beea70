import type { X509Certificate } from "node:crypto";
import { listCertificateWarnings } from "./list-certificate-warnings";

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

/**
 * What will make Talos refuse (or uselessly accept) this client certificate, as shown to the
 * uploader. apid requires the extended key usage list to be exactly [clientAuth] and reads roles
 * from the Subject Organization (reference/talos-api.md §1.2).
 */
export function listTalosCertificateWarnings({
  certificate,
  roles,
  now,
}: {
  certificate: X509Certificate;
  roles: string[];
  now?: Date;
}): string[] {
  const warnings = listCertificateWarnings({ certificate, what: "The Talos client certificate", now });
  const usages = certificate.keyUsage ?? [];
  if (usages.length !== 1 || usages[0] !== CLIENT_AUTH) {
    const listed = usages.length === 0 ? "missing" : usages.map(describeUsage).join(", ");
    warnings.push(
      `The Talos client certificate's extended key usage is ${listed}; Talos accepts only exactly clientAuth and will reject it.`,
    );
  }
  if (!roles.some((role) => role.startsWith("os:"))) {
    warnings.push(
      "The Talos client certificate carries no Talos role (e.g. os:reader) in its Organization; Talos will deny its API calls. Create one with `talosctl config new --roles os:reader`.",
    );
  }
  return warnings;
}

function describeUsage(oid: string): string {
  if (oid === CLIENT_AUTH) return "clientAuth";
  if (oid === "1.3.6.1.5.5.7.3.1") return "serverAuth";
  return oid;
}
