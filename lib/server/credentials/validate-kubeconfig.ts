import { assertKubeconfigDocument } from "./assert-kubeconfig-document";
import { buildKubeconfigYaml } from "./build-kubeconfig-yaml";
import { chooseContext } from "./choose-context";
import { CredentialError } from "./credential-error";
import type { KubeconfigInfo, KubeconfigMaterial, ParsedKubeconfig } from "./credential-types";
import { findNamedEntry } from "./find-named-entry";
import { kubeconfigFileSchema, kubeContextSchema } from "./kubeconfig-schemas";
import { listCertificateWarnings } from "./list-certificate-warnings";
import { parseCredentialYaml } from "./parse-credential-yaml";
import { parseShape } from "./parse-shape";
import { readKubeCluster } from "./read-kube-cluster";
import { readKubeUser } from "./read-kube-user";
import { summarizeCertificate } from "./summarize-certificate";

/**
 * Everything parseKubeconfig and readKubeconfigMaterial share: validates the uploaded text and
 * returns both the safe result and the decoded material of the chosen context.
 */
export function validateKubeconfig({
  text,
  context,
  allowLinkLocal,
}: {
  text: string;
  context?: string;
  allowLinkLocal: boolean;
}): { parsed: ParsedKubeconfig; material: KubeconfigMaterial } {
  const raw = parseCredentialYaml({ text, field: "kubeconfig", label: "kubeconfig" });
  assertKubeconfigDocument({ value: raw });
  const file = parseShape({ schema: kubeconfigFileSchema, value: raw, field: "kubeconfig", label: "kubeconfig" });
  const contexts = file.contexts.map((entry) => entry.name);
  const chosen = chooseContext({
    names: contexts,
    explicit: context,
    current: file["current-context"] ?? undefined,
    field: "kubeconfig.current-context",
    label: "kubeconfig",
  });
  const contextEntry = findNamedEntry({
    entries: file.contexts,
    name: chosen,
    list: "contexts",
    referencedBy: "The kubeconfig",
  });
  const contextField = `kubeconfig.contexts[${contextEntry.index}].context`;
  const selected = parseShape({
    schema: kubeContextSchema,
    value: contextEntry.entry.context,
    field: contextField,
    label: "kubeconfig",
  });
  const referencedBy = `The context "${chosen}"`;
  const clusterEntry = findNamedEntry({
    entries: file.clusters,
    name: selected.cluster,
    list: "clusters",
    referencedBy,
  });
  const userEntry = findNamedEntry({ entries: file.users, name: selected.user, list: "users", referencedBy });
  const cluster = readKubeCluster({
    name: selected.cluster,
    entry: clusterEntry.entry.cluster,
    field: `kubeconfig.clusters[${clusterEntry.index}].cluster`,
    allowLinkLocal,
  });
  const user = readKubeUser({
    name: selected.user,
    entry: userEntry.entry.user,
    field: `kubeconfig.users[${userEntry.index}].user`,
  });
  const namespace = selected.namespace?.trim() || undefined;
  if (namespace !== undefined && (namespace.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace))) {
    throw new CredentialError({
      field: `${contextField}.namespace`,
      message: `The namespace of context "${chosen}" is not a valid Kubernetes namespace name.`,
    });
  }
  const warnings =
    user.authKind === "client-certificate"
      ? listCertificateWarnings({
          certificate: user.certificate,
          what: `The client certificate of user "${selected.user}"`,
        })
      : [];
  const info: KubeconfigInfo = {
    server: cluster.server,
    context: chosen,
    contexts,
    authKind: user.authKind,
    ...(user.authKind === "client-certificate"
      ? { clientCertificate: summarizeCertificate({ certificate: user.certificate }) }
      : {}),
    ...(cluster.caCertificates.length > 0
      ? { certificateAuthority: cluster.caCertificates.map((certificate) => summarizeCertificate({ certificate })) }
      : {}),
    ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  const normalized = buildKubeconfigYaml({
    context: chosen,
    clusterName: selected.cluster,
    userName: selected.user,
    namespace,
    cluster,
    user,
  });
  const material: KubeconfigMaterial = {
    context: chosen,
    server: cluster.server,
    ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
    ...(cluster.caPem ? { ca: cluster.caPem } : {}),
    ...(user.authKind === "token" ? { token: user.token } : { cert: user.certPem, key: user.keyPem }),
    ...(namespace ? { namespace } : {}),
  };
  return { parsed: { context: chosen, contexts, server: cluster.server, normalized, info }, material };
}
