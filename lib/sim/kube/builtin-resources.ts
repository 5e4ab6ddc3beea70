import type { ResourceDefinition, SubresourceDefinition } from "./kube-resource-types";

// The built-in resources the simulated apiserver serves, with the names, verbs, short names and
// categories a v1.33 kube-apiserver reports (`kubectl api-resources -o wide`).

const ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
const NO_DELETECOLLECTION = ["create", "delete", "get", "list", "patch", "update", "watch"];
const STATUS_VERBS = ["get", "patch", "update"];

type BuiltinSeed = Omit<
  ResourceDefinition,
  "listKind" | "isCustom" | "verbs" | "shortNames" | "categories" | "subresources" | "versions"
> & {
  versions?: string[];
  verbs?: string[];
  shortNames?: string[];
  categories?: string[];
  subresources?: SubresourceDefinition[];
  /** Served only from this Kubernetes minor version on. */
  sinceMinor?: number;
};

const status = (kind: string): SubresourceDefinition => ({ name: "status", kind, verbs: STATUS_VERBS });
const scale: SubresourceDefinition = {
  name: "scale",
  kind: "Scale",
  group: "autoscaling",
  version: "v1",
  verbs: STATUS_VERBS,
};

const core = (seed: Omit<BuiltinSeed, "group">): BuiltinSeed => ({ group: "", ...seed });

const SEEDS: BuiltinSeed[] = [
  core({ resource: "configmaps", singularName: "configmap", kind: "ConfigMap", namespaced: true, shortNames: ["cm"] }),
  core({ resource: "endpoints", singularName: "endpoints", kind: "Endpoints", namespaced: true, shortNames: ["ep"] }),
  core({ resource: "events", singularName: "event", kind: "Event", namespaced: true, shortNames: ["ev"] }),
  core({
    resource: "limitranges",
    singularName: "limitrange",
    kind: "LimitRange",
    namespaced: true,
    shortNames: ["limits"],
  }),
  core({
    resource: "namespaces",
    singularName: "namespace",
    kind: "Namespace",
    namespaced: false,
    verbs: NO_DELETECOLLECTION,
    shortNames: ["ns"],
    subresources: [{ name: "finalize", kind: "Namespace", verbs: ["update"] }, status("Namespace")],
  }),
  core({
    resource: "nodes",
    singularName: "node",
    kind: "Node",
    namespaced: false,
    shortNames: ["no"],
    subresources: [
      { name: "proxy", kind: "NodeProxyOptions", verbs: ["create", "delete", "get", "patch", "update"] },
      status("Node"),
    ],
  }),
  core({
    resource: "persistentvolumeclaims",
    singularName: "persistentvolumeclaim",
    kind: "PersistentVolumeClaim",
    namespaced: true,
    shortNames: ["pvc"],
    subresources: [status("PersistentVolumeClaim")],
  }),
  core({
    resource: "persistentvolumes",
    singularName: "persistentvolume",
    kind: "PersistentVolume",
    namespaced: false,
    shortNames: ["pv"],
    subresources: [status("PersistentVolume")],
  }),
  core({
    resource: "pods",
    singularName: "pod",
    kind: "Pod",
    namespaced: true,
    shortNames: ["po"],
    categories: ["all"],
    subresources: [
      { name: "exec", kind: "PodExecOptions", verbs: ["create", "get"] },
      { name: "log", kind: "Pod", verbs: ["get"] },
      status("Pod"),
    ],
  }),
  core({
    resource: "resourcequotas",
    singularName: "resourcequota",
    kind: "ResourceQuota",
    namespaced: true,
    shortNames: ["quota"],
    subresources: [status("ResourceQuota")],
  }),
  core({ resource: "secrets", singularName: "secret", kind: "Secret", namespaced: true }),
  core({
    resource: "serviceaccounts",
    singularName: "serviceaccount",
    kind: "ServiceAccount",
    namespaced: true,
    shortNames: ["sa"],
    subresources: [
      { name: "token", kind: "TokenRequest", group: "authentication.k8s.io", version: "v1", verbs: ["create"] },
    ],
  }),
  core({
    resource: "services",
    singularName: "service",
    kind: "Service",
    namespaced: true,
    shortNames: ["svc"],
    categories: ["all"],
    subresources: [status("Service")],
  }),
  ...(["DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"] as const).map((kind): BuiltinSeed => ({
    group: "apps",
    resource: `${kind.toLowerCase()}s`,
    singularName: kind.toLowerCase(),
    kind,
    namespaced: true,
    shortNames: [{ DaemonSet: "ds", Deployment: "deploy", ReplicaSet: "rs", StatefulSet: "sts" }[kind]],
    categories: ["all"],
    subresources: kind === "DaemonSet" ? [status(kind)] : [scale, status(kind)],
  })),
  {
    group: "authentication.k8s.io",
    resource: "selfsubjectreviews",
    singularName: "selfsubjectreview",
    kind: "SelfSubjectReview",
    namespaced: false,
    verbs: ["create"],
  },
  {
    group: "authorization.k8s.io",
    resource: "selfsubjectaccessreviews",
    singularName: "selfsubjectaccessreview",
    kind: "SelfSubjectAccessReview",
    namespaced: false,
    verbs: ["create"],
  },
  {
    group: "batch",
    resource: "cronjobs",
    singularName: "cronjob",
    kind: "CronJob",
    namespaced: true,
    shortNames: ["cj"],
    categories: ["all"],
    subresources: [status("CronJob")],
  },
  {
    group: "batch",
    resource: "jobs",
    singularName: "job",
    kind: "Job",
    namespaced: true,
    categories: ["all"],
    subresources: [status("Job")],
  },
  {
    group: "networking.k8s.io",
    resource: "ingressclasses",
    singularName: "ingressclass",
    kind: "IngressClass",
    namespaced: false,
  },
  {
    group: "networking.k8s.io",
    resource: "ingresses",
    singularName: "ingress",
    kind: "Ingress",
    namespaced: true,
    shortNames: ["ing"],
    subresources: [status("Ingress")],
  },
  {
    group: "networking.k8s.io",
    resource: "networkpolicies",
    singularName: "networkpolicy",
    kind: "NetworkPolicy",
    namespaced: true,
    shortNames: ["netpol"],
  },
  {
    group: "policy",
    resource: "poddisruptionbudgets",
    singularName: "poddisruptionbudget",
    kind: "PodDisruptionBudget",
    namespaced: true,
    shortNames: ["pdb"],
    subresources: [status("PodDisruptionBudget")],
  },
  {
    group: "rbac.authorization.k8s.io",
    resource: "clusterrolebindings",
    singularName: "clusterrolebinding",
    kind: "ClusterRoleBinding",
    namespaced: false,
  },
  {
    group: "rbac.authorization.k8s.io",
    resource: "clusterroles",
    singularName: "clusterrole",
    kind: "ClusterRole",
    namespaced: false,
  },
  {
    group: "rbac.authorization.k8s.io",
    resource: "rolebindings",
    singularName: "rolebinding",
    kind: "RoleBinding",
    namespaced: true,
  },
  { group: "rbac.authorization.k8s.io", resource: "roles", singularName: "role", kind: "Role", namespaced: true },
  {
    group: "storage.k8s.io",
    resource: "storageclasses",
    singularName: "storageclass",
    kind: "StorageClass",
    namespaced: false,
    shortNames: ["sc"],
  },
  ...(
    [
      ["mutatingwebhookconfigurations", "MutatingWebhookConfiguration", undefined],
      ["validatingadmissionpolicies", "ValidatingAdmissionPolicy", 30],
      ["validatingadmissionpolicybindings", "ValidatingAdmissionPolicyBinding", 30],
      ["validatingwebhookconfigurations", "ValidatingWebhookConfiguration", undefined],
    ] as const
  ).map(([resource, kind, sinceMinor]): BuiltinSeed => ({
    group: "admissionregistration.k8s.io",
    resource,
    singularName: kind.toLowerCase(),
    kind,
    namespaced: false,
    categories: ["api-extensions"],
    subresources: kind === "ValidatingAdmissionPolicy" ? [status(kind)] : [],
    sinceMinor,
  })),
  {
    group: "apiextensions.k8s.io",
    resource: "customresourcedefinitions",
    singularName: "customresourcedefinition",
    kind: "CustomResourceDefinition",
    namespaced: false,
    shortNames: ["crd", "crds"],
    categories: ["api-extensions"],
    subresources: [status("CustomResourceDefinition")],
  },
];

/** Built-in group order, as a real apiserver lists /apis (its priority order, not alphabetical). */
export const BUILTIN_GROUP_ORDER = [
  "",
  "apps",
  "authentication.k8s.io",
  "authorization.k8s.io",
  "batch",
  "networking.k8s.io",
  "policy",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "admissionregistration.k8s.io",
  "apiextensions.k8s.io",
];

/** The built-in resources a cluster of this Kubernetes minor version serves. */
export function listBuiltinResources({ minorVersion }: { minorVersion: number }): ResourceDefinition[] {
  return SEEDS.filter((seed) => seed.sinceMinor === undefined || minorVersion >= seed.sinceMinor).map(
    ({ sinceMinor: _sinceMinor, ...seed }) => ({
      ...seed,
      versions: seed.versions ?? ["v1"],
      listKind: `${seed.kind}List`,
      isCustom: false,
      verbs: seed.verbs ?? ALL_VERBS,
      shortNames: seed.shortNames ?? [],
      categories: seed.categories ?? [],
      subresources: seed.subresources ?? [],
    }),
  );
}

export { ALL_VERBS };
