import type { KubeFaults } from "@/lib/sim/model";
import {
  createCertificateAuthority,
  issueCertificate,
  type CertificateAuthority,
  type IssuedCertificate,
} from "@/lib/sim/pki";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface KubePki {
  ca: CertificateAuthority;
  serving: IssuedCertificate;
  /** The CA kubeconfigs embed: `ca`, or with the wrongCa fault an impostor of the same name. */
  kubeconfigCa: CertificateAuthority;
}

/**
 * The cluster's PKI as kubeadm lays it out: an ECDSA CA named "kubernetes" and a kube-apiserver
 * serving certificate for localhost, 127.0.0.1 and the in-cluster service names. CA and serving
 * keys derive from the seed and cluster name, so credentials survive a restart of the simulator.
 */
export async function createKubePki({
  clusterName,
  seed,
  faults,
}: {
  clusterName: string;
  seed: number;
  faults: KubeFaults;
}): Promise<KubePki> {
  const keySeed = `${seed}:${clusterName}`;
  const ca = await createCertificateAuthority({
    commonName: "kubernetes",
    algorithm: "ecdsa-p256",
    keySeed: `${keySeed}:kube-ca`,
  });
  const now = Date.now();
  const expiredWindow = faults.expiredServerCert
    ? { notBefore: new Date(now - 400 * DAY_MS), notAfter: new Date(now - 30 * DAY_MS) }
    : {};
  const [serving, impostor] = await Promise.all([
    issueCertificate({
      issuer: ca,
      commonName: "kube-apiserver",
      algorithm: "ecdsa-p256",
      usage: "server",
      dnsNames: [
        "localhost",
        "kubernetes",
        "kubernetes.default",
        "kubernetes.default.svc",
        "kubernetes.default.svc.cluster.local",
      ],
      ipAddresses: ["127.0.0.1", "10.96.0.1"],
      keySeed: `${keySeed}:kube-apiserver`,
      ...expiredWindow,
    }),
    faults.wrongCa
      ? createCertificateAuthority({
          commonName: "kubernetes",
          algorithm: "ecdsa-p256",
          keySeed: `${keySeed}:kube-ca-impostor`,
        })
      : undefined,
  ]);
  return { ca, serving, kubeconfigCa: impostor ?? ca };
}

/** A client certificate (CN = user, O = groups), expired when asked or when the fault says so. */
export function issueKubeClientCertificate({
  pki,
  clusterName,
  seed,
  user,
  groups,
  isExpired,
}: {
  pki: KubePki;
  clusterName: string;
  seed: number;
  user: string;
  groups: string[];
  isExpired: boolean;
}): Promise<IssuedCertificate> {
  const now = Date.now();
  return issueCertificate({
    issuer: pki.ca,
    commonName: user,
    organization: groups,
    algorithm: "ecdsa-p256",
    usage: "client",
    keySeed: `${seed}:${clusterName}:user:${user}`,
    ...(isExpired ? { notBefore: new Date(now - 400 * DAY_MS), notAfter: new Date(now - DAY_MS) } : {}),
  });
}
