import {
  createCertificateAuthority,
  issueCertificate,
  type CertificateAuthority,
  type IssuedCertificate,
} from "@/lib/sim/pki";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Talos OS CA of a simulated cluster, as NewTalosCA makes it: Ed25519, Organization `talos`.
 * The key is derived from the seed, so a restarted simulator accepts talosconfigs it wrote earlier.
 */
export function createTalosCa({
  clusterName,
  seed,
  label = "os-ca",
}: {
  clusterName: string;
  seed: number;
  label?: string;
}): Promise<CertificateAuthority> {
  return createCertificateAuthority({
    commonName: "talos",
    organization: "talos",
    algorithm: "ed25519",
    keySeed: `${seed}:${clusterName}:talos:${label}`,
  });
}

/** apid's serving certificate: CN = node name, EKU serverAuth, SANs = node address, 127.0.0.1 and hostname. */
export function issueTalosServerCertificate({
  ca,
  hostname,
  ip,
  expired = false,
}: {
  ca: CertificateAuthority;
  hostname: string;
  ip: string;
  expired?: boolean;
}): Promise<IssuedCertificate> {
  const now = Date.now();
  return issueCertificate({
    issuer: ca,
    commonName: hostname,
    algorithm: "ed25519",
    usage: "server",
    dnsNames: [hostname],
    ipAddresses: [...new Set([ip, "127.0.0.1"])],
    ...(expired ? { notBefore: new Date(now - 30 * DAY_MS), notAfter: new Date(now - DAY_MS) } : {}),
  });
}

/** A talosctl client certificate: EKU clientAuth only, the roles as Subject Organization values. */
export function issueTalosClientCertificate({
  ca,
  roles,
  commonName = "lotse",
  expired = false,
}: {
  ca: CertificateAuthority;
  roles: string[];
  commonName?: string;
  expired?: boolean;
}): Promise<IssuedCertificate> {
  const now = Date.now();
  return issueCertificate({
    issuer: ca,
    commonName,
    organization: roles,
    algorithm: "ed25519",
    usage: "client",
    ...(expired ? { notBefore: new Date(now - 30 * DAY_MS), notAfter: new Date(now - DAY_MS) } : {}),
  });
}
