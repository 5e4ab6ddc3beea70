import { addServedResource, type ServedApis, type ServedResource } from "./served-apis";

const LIST = ["get", "list", "watch"];

const builtin = (group: string, resource: string, kind: string, isNamespaced: boolean): ServedResource => ({
  group,
  version: "v1",
  resource,
  kind,
  isNamespaced,
  verbs: LIST,
});

/** Built-in resources the collector reads, at versions every supported Kubernetes serves (GA v1). */
export const BUILTIN_RESOURCES: readonly ServedResource[] = [
  builtin("", "nodes", "Node", false),
  builtin("", "namespaces", "Namespace", false),
  builtin("", "pods", "Pod", true),
  builtin("", "serviceaccounts", "ServiceAccount", true),
  builtin("", "configmaps", "ConfigMap", true),
  builtin("", "secrets", "Secret", true),
  builtin("networking.k8s.io", "networkpolicies", "NetworkPolicy", true),
  builtin("rbac.authorization.k8s.io", "roles", "Role", true),
  builtin("rbac.authorization.k8s.io", "clusterroles", "ClusterRole", false),
  builtin("rbac.authorization.k8s.io", "rolebindings", "RoleBinding", true),
  builtin("rbac.authorization.k8s.io", "clusterrolebindings", "ClusterRoleBinding", false),
  builtin("apps", "deployments", "Deployment", true),
  builtin("apps", "daemonsets", "DaemonSet", true),
  builtin("apps", "statefulsets", "StatefulSet", true),
  builtin("batch", "jobs", "Job", true),
  builtin("batch", "cronjobs", "CronJob", true),
  builtin("admissionregistration.k8s.io", "validatingwebhookconfigurations", "ValidatingWebhookConfiguration", false),
  builtin("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "MutatingWebhookConfiguration", false),
  builtin("apiextensions.k8s.io", "customresourcedefinitions", "CustomResourceDefinition", false),
];

export const KYVERNO_GROUP = "kyverno.io";
export const SIGSTORE_GROUP = "policy.sigstore.dev";
export const GATEKEEPER_CONSTRAINTS_GROUP = "constraints.gatekeeper.sh";
export const VELERO_GROUP = "velero.io";
export const CILIUM_GROUP = "cilium.io";
export const CALICO_GROUP = "crd.projectcalico.org";
export const EXTERNAL_SECRETS_GROUP = "external-secrets.io";
export const SEALED_SECRETS_GROUP = "bitnami.com";
export const ARGO_GROUP = "argoproj.io";
export const FLUX_KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
export const FLUX_HELM_GROUP = "helm.toolkit.fluxcd.io";
export const TRIVY_GROUP = "aquasecurity.github.io";
export const KASTEN_CONFIG_GROUP = "config.kio.kasten.io";
export const KASTEN_ACTIONS_GROUP = "actions.kio.kasten.io";
export const KUBEWARDEN_GROUP = "policies.kubewarden.io";
export const RATIFY_GROUP = "config.ratify.deislabs.io";
export const SECRETS_STORE_CSI_GROUP = "secrets-store.csi.x-k8s.io";

/** Groups legacy discovery has to read (aggregated discovery returns all in two requests). */
export const WANTED_GROUPS = new Set([
  ...BUILTIN_RESOURCES.map((resource) => resource.group),
  "authentication.k8s.io",
  KYVERNO_GROUP,
  SIGSTORE_GROUP,
  GATEKEEPER_CONSTRAINTS_GROUP,
  VELERO_GROUP,
  CILIUM_GROUP,
  CALICO_GROUP,
  EXTERNAL_SECRETS_GROUP,
  SEALED_SECRETS_GROUP,
  ARGO_GROUP,
  FLUX_KUSTOMIZE_GROUP,
  FLUX_HELM_GROUP,
  TRIVY_GROUP,
  KASTEN_CONFIG_GROUP,
  KASTEN_ACTIONS_GROUP,
  KUBEWARDEN_GROUP,
  RATIFY_GROUP,
  SECRETS_STORE_CSI_GROUP,
]);

/** What to assume when discovery could not be read (e.g. 403): the built-ins, nothing optional. */
export function assumeBuiltinApis(): ServedApis {
  const apis: ServedApis = { resources: new Map(), versions: new Map() };
  for (const resource of BUILTIN_RESOURCES) addServedResource(apis, resource);
  return apis;
}
