import type { X509Certificate } from "node:crypto";
import { assertHostAllowed } from "./assert-host-allowed";
import { CredentialError } from "./credential-error";
import { findRefusal, CLUSTER_REFUSALS } from "./kubeconfig-refusals";
import { kubeClusterSchema } from "./kubeconfig-schemas";
import { parseShape } from "./parse-shape";
import { readCertificates } from "./read-certificates";

export interface KubeClusterMaterial {
  server: string;
  tlsServerName?: string;
  caPem?: string;
  caCertificates: X509Certificate[];
}

/**
 * Validates the chosen kubeconfig cluster entry: an https:// server with a valid host (not
 * link-local unless allowed), an embedded CA if any, server certificate checks left on, no proxy.
 */
export function readKubeCluster({
  name,
  entry,
  field,
  allowLinkLocal,
}: {
  name: string;
  entry: Record<string, unknown>;
  field: string;
  allowLinkLocal: boolean;
}): KubeClusterMaterial {
  const refusal = findRefusal({ entry, refusals: CLUSTER_REFUSALS });
  if (refusal)
    throw new CredentialError({
      field: `${field}.${refusal.key}`,
      message: `The cluster "${name}" ${refusal.reason}.`,
    });
  if (entry["insecure-skip-tls-verify"] === true || entry["insecure-skip-tls-verify"] === "true") {
    throw new CredentialError({
      field: `${field}.insecure-skip-tls-verify`,
      message: `The cluster "${name}" turns off server certificate checks (insecure-skip-tls-verify: true); Lotse always verifies the API server. Remove it and embed the cluster CA as certificate-authority-data.`,
    });
  }
  const cluster = parseShape({ schema: kubeClusterSchema, value: entry, field, label: "kubeconfig" });
  const server = readServer({ name, server: cluster.server, field: `${field}.server` });
  assertHostAllowed({ host: new URL(server).hostname, allowLinkLocal, field: `${field}.server` });
  const tlsServerName = cluster["tls-server-name"]?.trim() || undefined;
  if (tlsServerName !== undefined && !/^[A-Za-z0-9._:-]+$/.test(tlsServerName)) {
    throw new CredentialError({
      field: `${field}.tls-server-name`,
      message: `The cluster "${name}" has a tls-server-name that is not a host name.`,
    });
  }
  const caData = cluster["certificate-authority-data"];
  const ca = caData
    ? readCertificates({
        value: caData,
        field: `${field}.certificate-authority-data`,
        what: `The certificate-authority-data of cluster "${name}"`,
      })
    : undefined;
  return {
    server,
    ...(tlsServerName === undefined ? {} : { tlsServerName }),
    ...(ca ? { caPem: ca.pem } : {}),
    caCertificates: ca?.certificates ?? [],
  };
}

function readServer({ name, server, field }: { name: string; server: string; field: string }): string {
  const text = server.trim();
  if (text === "") throw new CredentialError({ field, message: `The cluster "${name}" has no server URL.` });
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new CredentialError({
      field,
      message: `The server of cluster "${name}" is not a valid URL; expected e.g. https://10.0.0.1:6443.`,
    });
  }
  if (url.protocol !== "https:") {
    throw new CredentialError({
      field,
      message: `The server of cluster "${name}" uses ${url.protocol}//; Lotse connects to Kubernetes only over https:// (e.g. https://${url.host}).`,
    });
  }
  if (url.username || url.password) {
    throw new CredentialError({
      field,
      message: `The server URL of cluster "${name}" contains a user name or password; remove it.`,
    });
  }
  if (!url.hostname) throw new CredentialError({ field, message: `The server URL of cluster "${name}" has no host.` });
  return text;
}
