import { X509Certificate } from "node:crypto";
import type { TalosCredentialInfo } from "@/lib/server/collect/snapshot/talos-snapshot";

/**
 * The Talos roles of a client certificate: its Subject Organization values, trimmed, as Talos'
 * role.Parse reads them. Returns no roles (and no expiry) when the certificate cannot be read;
 * the client reports that as `unauthorized` anyway.
 */
export function readTalosCredentialRoles({ certPem }: { certPem: string }): TalosCredentialInfo {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certPem);
  } catch {
    return { roles: [], canReadSensitive: false, notAfter: null };
  }
  // Node prints the subject one attribute per line; values with special characters are quoted.
  const roles = certificate.subject
    .split("\n")
    .filter((line) => line.startsWith("O="))
    .map((line) => unquote(line.slice(2)).trim())
    .filter((role) => role !== "");
  const validTo = new Date(certificate.validTo);
  return {
    roles: [...new Set(roles)],
    canReadSensitive: roles.includes("os:admin"),
    notAfter: Number.isNaN(validTo.getTime()) ? null : validTo.toISOString(),
  };
}

function unquote(value: string): string {
  if (!value.startsWith('"') || !value.endsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}
