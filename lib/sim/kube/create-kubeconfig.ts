import { stringify } from "yaml";

export type KubeconfigCredentials = { clientCertificatePem: string; clientKeyPem: string } | { token: string };

const base64 = (text: string) => Buffer.from(text).toString("base64");

/** A kubeconfig with one cluster, user and context, everything embedded (no file paths). */
export function createKubeconfig({
  clusterName,
  server,
  caCertPem,
  userName,
  credentials,
  contextName,
  namespace,
}: {
  clusterName: string;
  server: string;
  caCertPem: string;
  userName: string;
  credentials: KubeconfigCredentials;
  contextName: string;
  namespace?: string;
}): string {
  const user =
    "token" in credentials
      ? { token: credentials.token }
      : {
          "client-certificate-data": base64(credentials.clientCertificatePem),
          "client-key-data": base64(credentials.clientKeyPem),
        };
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: clusterName, cluster: { server, "certificate-authority-data": base64(caCertPem) } }],
    users: [{ name: userName, user }],
    contexts: [
      { name: contextName, context: { cluster: clusterName, user: userName, ...(namespace ? { namespace } : {}) } },
    ],
    "current-context": contextName,
    preferences: {},
  });
}
