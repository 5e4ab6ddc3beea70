import { stringify } from "yaml";
import type { KubeClusterMaterial } from "./read-kube-cluster";
import type { KubeUserMaterial } from "./read-kube-user";

/**
 * Writes a kubeconfig with exactly one cluster, user and context, current-context set.
 *
 * Note: it is rebuilt from validated values only (server, CA, TLS server name, certificate and
 * key or token, namespace), so no field Lotse did not check (exec, extensions, proxies…) can
 * survive into the stored file.
 */
export function buildKubeconfigYaml({
  context,
  clusterName,
  userName,
  namespace,
  cluster,
  user,
}: {
  context: string;
  clusterName: string;
  userName: string;
  namespace?: string;
  cluster: KubeClusterMaterial;
  user: KubeUserMaterial;
}): string {
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const document = {
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: clusterName,
        cluster: {
          server: cluster.server,
          ...(cluster.caPem ? { "certificate-authority-data": base64(cluster.caPem) } : {}),
          ...(cluster.tlsServerName ? { "tls-server-name": cluster.tlsServerName } : {}),
        },
      },
    ],
    users: [
      {
        name: userName,
        user:
          user.authKind === "token"
            ? { token: user.token }
            : { "client-certificate-data": base64(user.certPem), "client-key-data": base64(user.keyPem) },
      },
    ],
    contexts: [
      { name: context, context: { cluster: clusterName, user: userName, ...(namespace ? { namespace } : {}) } },
    ],
    "current-context": context,
  };
  // Note: no anchors even if a value object repeats; parsing refuses anchors.
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
