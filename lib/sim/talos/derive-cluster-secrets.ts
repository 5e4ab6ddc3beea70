import { deriveSimBytes } from "./derive-sim-bytes";

/** Secrets of a simulated Talos cluster, as they appear in its machine configs (base64 of PEM). */
export interface TalosClusterSecrets {
  clusterId: string;
  clusterSecret: string;
  /** trustd join token (`machine.token`). */
  machineToken: string;
  /** Kubernetes bootstrap token (`cluster.token`). */
  bootstrapToken: string;
  secretboxEncryptionSecret: string;
  osCa: { crt: string; key: string };
  kubernetesCa: { crt: string; key: string };
  aggregatorCa: { crt: string; key: string };
  etcdCa: { crt: string; key: string };
  serviceAccountKey: string;
}

const TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
// DER prefix of a PKCS#8 Ed25519 private key (RFC 8410); 32 seed bytes follow.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * Real-looking secrets derived from the cluster name and seed, identical on every node of the
 * cluster. Key PEMs use the labels Talos writes (`ED25519 PRIVATE KEY` for the OS CA, `EC PRIVATE
 * KEY` for the Kubernetes and etcd CAs); certificates are placeholders of certificate size.
 *
 * // Note: these are simulated secrets placed exactly where Talos keeps real ones
 * // (reference §3.6), so Lotse's redaction is exercised; they protect nothing.
 */
export function deriveClusterSecrets({
  clusterName,
  seed,
}: {
  clusterName: string;
  seed: number;
}): TalosClusterSecrets {
  const base = `${seed}:${clusterName}`;
  const bytes = (label: string, length: number) => deriveSimBytes({ seed: base, label, length });
  const token = (label: string) => {
    const raw = bytes(label, 22);
    const chars = [...raw].map((byte) => TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length] ?? "a").join("");
    return `${chars.slice(0, 6)}.${chars.slice(6, 22)}`;
  };
  const pem = (label: string, der: Buffer) => {
    const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
    return Buffer.from(`-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`).toString("base64");
  };
  const cert = (label: string) => pem("CERTIFICATE", bytes(`${label}:crt`, 380));
  const ecKey = (label: string) => pem("EC PRIVATE KEY", bytes(`${label}:key`, 121));
  return {
    clusterId: bytes("cluster-id", 32).toString("base64"),
    clusterSecret: bytes("cluster-secret", 32).toString("base64"),
    machineToken: token("machine-token"),
    bootstrapToken: token("bootstrap-token"),
    secretboxEncryptionSecret: bytes("secretbox", 32).toString("base64"),
    osCa: {
      crt: pem("CERTIFICATE", bytes("os-ca:crt", 330)),
      key: pem("ED25519 PRIVATE KEY", Buffer.concat([ED25519_PKCS8_PREFIX, bytes("os-ca:key", 32)])),
    },
    kubernetesCa: { crt: cert("k8s-ca"), key: ecKey("k8s-ca") },
    aggregatorCa: { crt: cert("aggregator-ca"), key: ecKey("aggregator-ca") },
    etcdCa: { crt: cert("etcd-ca"), key: ecKey("etcd-ca") },
    serviceAccountKey: ecKey("service-account"),
  };
}
