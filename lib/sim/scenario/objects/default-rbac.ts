// A representative part of the RBAC objects kube-apiserver bootstraps in every cluster
// (plugin/pkg/auth/authorizer/rbac/bootstrappolicy), with their real names, subjects and rules.

export interface RbacSubject {
  kind: "User" | "Group" | "ServiceAccount";
  name: string;
  namespace?: string;
}

export interface RoleSeed {
  name: string;
  rules: Record<string, unknown>[];
  aggregationRule?: Record<string, unknown>;
}

export interface BindingSeed {
  name: string;
  role: string;
  subjects: RbacSubject[];
}

const read = ["get", "list", "watch"];

export const DEFAULT_CLUSTER_ROLES: RoleSeed[] = [
  {
    name: "cluster-admin",
    rules: [
      { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
      { nonResourceURLs: ["*"], verbs: ["*"] },
    ],
  },
  {
    name: "admin",
    rules: [],
    aggregationRule: {
      clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-admin": "true" } }],
    },
  },
  {
    name: "edit",
    rules: [],
    aggregationRule: {
      clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-edit": "true" } }],
    },
  },
  {
    name: "view",
    rules: [
      {
        apiGroups: [""],
        resources: [
          "configmaps",
          "endpoints",
          "persistentvolumeclaims",
          "pods",
          "replicationcontrollers",
          "serviceaccounts",
          "services",
        ],
        verbs: read,
      },
      { apiGroups: ["apps"], resources: ["daemonsets", "deployments", "replicasets", "statefulsets"], verbs: read },
      { apiGroups: ["batch"], resources: ["cronjobs", "jobs"], verbs: read },
      { apiGroups: ["networking.k8s.io"], resources: ["ingresses", "networkpolicies"], verbs: read },
    ],
    aggregationRule: {
      clusterRoleSelectors: [{ matchLabels: { "rbac.authorization.k8s.io/aggregate-to-view": "true" } }],
    },
  },
  {
    name: "system:basic-user",
    rules: [
      {
        apiGroups: ["authorization.k8s.io"],
        resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
        verbs: ["create"],
      },
      { apiGroups: ["authentication.k8s.io"], resources: ["selfsubjectreviews"], verbs: ["create"] },
    ],
  },
  {
    name: "system:discovery",
    rules: [
      {
        nonResourceURLs: [
          "/api",
          "/api/*",
          "/apis",
          "/apis/*",
          "/healthz",
          "/livez",
          "/openapi",
          "/openapi/*",
          "/readyz",
          "/version",
          "/version/",
        ],
        verbs: ["get"],
      },
    ],
  },
  {
    name: "system:public-info-viewer",
    rules: [{ nonResourceURLs: ["/healthz", "/livez", "/readyz", "/version", "/version/"], verbs: ["get"] }],
  },
  {
    name: "system:monitoring",
    rules: [
      {
        nonResourceURLs: [
          "/healthz",
          "/healthz/*",
          "/livez",
          "/livez/*",
          "/metrics",
          "/metrics/slis",
          "/readyz",
          "/readyz/*",
        ],
        verbs: ["get"],
      },
    ],
  },
  {
    name: "system:node-proxier",
    rules: [
      { apiGroups: [""], resources: ["endpoints", "services"], verbs: ["list", "watch"] },
      { apiGroups: [""], resources: ["nodes"], verbs: read },
      { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch"] },
    ],
  },
  {
    name: "system:kube-scheduler",
    rules: [
      { apiGroups: [""], resources: ["pods"], verbs: ["delete", "get", "list", "watch"] },
      { apiGroups: [""], resources: ["bindings", "pods/binding"], verbs: ["create"] },
    ],
  },
  {
    name: "system:kube-controller-manager",
    rules: [
      { apiGroups: ["*"], resources: ["*"], verbs: ["list", "watch"] },
      { apiGroups: [""], resources: ["secrets", "serviceaccounts"], verbs: ["create", "get", "update"] },
    ],
  },
  {
    name: "system:node",
    rules: [
      {
        apiGroups: [""],
        resources: ["nodes", "nodes/status"],
        verbs: ["create", "get", "list", "watch", "patch", "update"],
      },
      { apiGroups: [""], resources: ["pods"], verbs: read },
    ],
  },
  {
    name: "system:node-bootstrapper",
    rules: [
      {
        apiGroups: ["certificates.k8s.io"],
        resources: ["certificatesigningrequests"],
        verbs: ["create", "get", "list", "watch"],
      },
    ],
  },
  {
    name: "system:auth-delegator",
    rules: [
      { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
      { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
    ],
  },
];

export const DEFAULT_CLUSTER_ROLE_BINDINGS: BindingSeed[] = [
  { name: "cluster-admin", role: "cluster-admin", subjects: [{ kind: "Group", name: "system:masters" }] },
  { name: "system:basic-user", role: "system:basic-user", subjects: [{ kind: "Group", name: "system:authenticated" }] },
  { name: "system:discovery", role: "system:discovery", subjects: [{ kind: "Group", name: "system:authenticated" }] },
  // The one expected binding of system:unauthenticated (KEP-789): GET /healthz, /livez, /readyz, /version.
  {
    name: "system:public-info-viewer",
    role: "system:public-info-viewer",
    subjects: [
      { kind: "Group", name: "system:authenticated" },
      { kind: "Group", name: "system:unauthenticated" },
    ],
  },
  { name: "system:monitoring", role: "system:monitoring", subjects: [{ kind: "Group", name: "system:monitoring" }] },
  { name: "system:node-proxier", role: "system:node-proxier", subjects: [{ kind: "User", name: "system:kube-proxy" }] },
  {
    name: "system:kube-scheduler",
    role: "system:kube-scheduler",
    subjects: [{ kind: "User", name: "system:kube-scheduler" }],
  },
  {
    name: "system:kube-controller-manager",
    role: "system:kube-controller-manager",
    subjects: [{ kind: "User", name: "system:kube-controller-manager" }],
  },
];

/**
 * The read-only role the docs give Lotse (deploy/monitored-cluster/cluster-role.yaml, kept equal by
 * default-rbac.test.ts), bound to the identity the simulator's kubeconfigs use: `list` on what the
 * collector reads, `get nodes/proxy` for configz, no Secrets, no wildcards.
 */
export const LOTSE_READER_ROLE: RoleSeed = {
  name: "lotse-reader",
  rules: [
    { apiGroups: [""], resources: ["nodes", "namespaces", "pods", "serviceaccounts", "configmaps"], verbs: ["list"] },
    { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] },
    { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: ["list"] },
    {
      apiGroups: ["rbac.authorization.k8s.io"],
      resources: ["roles", "clusterroles", "rolebindings", "clusterrolebindings"],
      verbs: ["list"],
    },
    { apiGroups: ["apps"], resources: ["deployments", "daemonsets", "statefulsets"], verbs: ["list"] },
    { apiGroups: ["batch"], resources: ["jobs", "cronjobs"], verbs: ["list"] },
    {
      apiGroups: ["admissionregistration.k8s.io"],
      resources: [
        "validatingwebhookconfigurations",
        "mutatingwebhookconfigurations",
        "validatingadmissionpolicies",
        "validatingadmissionpolicybindings",
      ],
      verbs: ["list"],
    },
    { apiGroups: ["apiextensions.k8s.io"], resources: ["customresourcedefinitions"], verbs: ["list"] },
    { apiGroups: ["kyverno.io"], resources: ["clusterpolicies", "policies"], verbs: ["list"] },
    { apiGroups: ["policy.sigstore.dev"], resources: ["clusterimagepolicies"], verbs: ["list"] },
    { apiGroups: ["velero.io"], resources: ["schedules", "backups"], verbs: ["list"] },
    {
      apiGroups: ["cilium.io"],
      resources: ["ciliumnetworkpolicies", "ciliumclusterwidenetworkpolicies"],
      verbs: ["list"],
    },
    { apiGroups: ["crd.projectcalico.org"], resources: ["networkpolicies", "globalnetworkpolicies"], verbs: ["list"] },
    {
      apiGroups: ["external-secrets.io"],
      resources: ["externalsecrets", "secretstores", "clustersecretstores"],
      verbs: ["list"],
    },
    { apiGroups: ["bitnami.com"], resources: ["sealedsecrets"], verbs: ["list"] },
    { apiGroups: ["argoproj.io"], resources: ["applications"], verbs: ["list"] },
    { apiGroups: ["kustomize.toolkit.fluxcd.io"], resources: ["kustomizations"], verbs: ["list"] },
    { apiGroups: ["helm.toolkit.fluxcd.io"], resources: ["helmreleases"], verbs: ["list"] },
    { apiGroups: ["aquasecurity.github.io"], resources: ["vulnerabilityreports"], verbs: ["list"] },
    { apiGroups: ["config.kio.kasten.io"], resources: ["policies"], verbs: ["list"] },
    { apiGroups: ["actions.kio.kasten.io"], resources: ["runactions", "backupactions"], verbs: ["list"] },
    {
      apiGroups: ["policies.kubewarden.io"],
      resources: ["clusteradmissionpolicies", "admissionpolicies"],
      verbs: ["list"],
    },
    { apiGroups: ["config.ratify.deislabs.io"], resources: ["verifiers", "stores"], verbs: ["list"] },
    { apiGroups: ["secrets-store.csi.x-k8s.io"], resources: ["secretproviderclasses"], verbs: ["list"] },
  ],
};

export const LOTSE_READER_BINDING: BindingSeed = {
  name: "lotse-reader",
  role: "lotse-reader",
  subjects: [{ kind: "Group", name: "lotse:readers" }],
};

/**
 * The optional role of deploy/monitored-cluster/secrets-metadata: `list secrets`. Simulated clusters
 * bind it, because the simulator serves Secret metadata to Lotse's identity (it does not enforce
 * RBAC objects) and their RBAC must say so; the `forbidden: [secrets]` fault models a cluster
 * without it.
 */
export const LOTSE_READER_SECRETS_ROLE: RoleSeed = {
  name: "lotse-reader-secrets-metadata",
  rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["list"] }],
};

export const LOTSE_READER_SECRETS_BINDING: BindingSeed = {
  name: "lotse-reader-secrets-metadata",
  role: "lotse-reader-secrets-metadata",
  subjects: [{ kind: "Group", name: "lotse:readers" }],
};
