import type { KubeObject } from "@/lib/sim/model";
import type { KubeletConfigs } from "@/lib/sim/kube";
import { buildFixturePods } from "./build-fixture-pods";
import { buildFixtureWorkloads } from "./build-fixture-workloads";
import { crd, meta } from "./fixture-meta";

// A small cluster with one of everything the collector reads: Talos and Ubuntu nodes, namespaces
// with and without PSA labels, default-deny and allow policies, RBAC with an anonymous binding,
// risky pods, control-plane mirror pods, an etcd backup CronJob, Kyverno served via its CRD, a
// ValidatingAdmissionPolicy, and Secrets/ConfigMaps whose data and annotations hold "hunter2".
// buildPolicyEngineObjects adds Gatekeeper and the Sigstore policy controller, both served.

export const SECRET_VALUE = "hunter2";

export function buildKubeFixture(): { objects: KubeObject[]; kubeletConfigs: KubeletConfigs } {
  const namespaces = [
    ns("kube-system", { "pod-security.kubernetes.io/enforce": "privileged" }),
    ns("default", {}),
    ns("payments", {
      "pod-security.kubernetes.io/enforce": "restricted",
      "pod-security.kubernetes.io/enforce-version": "latest",
      "pod-security.kubernetes.io/audit": "restricted",
      "pod-security.kubernetes.io/warn": "restricted",
    }),
    ns("shop", {}),
  ];
  const nodes = [
    node("cp-1", "Talos (v1.11.1)", "10.5.0.2", { "node-role.kubernetes.io/control-plane": "" }, "True"),
    node("worker-1", "Talos (v1.11.1)", "10.5.0.3", {}, "True"),
    node("worker-2", "Ubuntu 24.04.2 LTS", "10.5.0.4", { "kubernetes.io/role": "worker" }, "False"),
  ];
  const lastApplied = JSON.stringify({
    kind: "Secret",
    data: { password: Buffer.from(SECRET_VALUE).toString("base64") },
  });
  const objects: KubeObject[] = [
    ...namespaces,
    ...nodes,
    ...buildFixturePods(),
    ...buildFixtureWorkloads(),
    netpol("payments", "default-deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] }),
    netpol("shop", "allow-web", {
      podSelector: { matchLabels: { app: "web" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ podSelector: {} }] }],
    }),
    netpol("shop", "deny-egress", { podSelector: {}, policyTypes: ["Egress"] }),
    rbac("ClusterRole", meta("lotse-reader"), {
      rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["get", "list"] }],
    }),
    rbac("ClusterRole", meta("aggregate-view"), {
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "rbac.example/aggregate": "true" } }] },
      rules: [],
    }),
    rbac("Role", meta("pod-reader", "shop"), {
      rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get"], resourceNames: ["web-0"] }],
    }),
    rbac("ClusterRoleBinding", meta("anonymous-view"), {
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "system:anonymous" }],
    }),
    rbac("RoleBinding", meta("read-pods", "shop"), {
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-reader" },
      subjects: [{ kind: "ServiceAccount", name: "builder", namespace: "shop" }],
    }),
    {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: meta("default", "shop"),
      automountServiceAccountToken: false,
    },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta("builder", "shop") },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: {
        ...meta("db-password", "payments", { app: "db" }),
        annotations: { "kubectl.kubernetes.io/last-applied-configuration": lastApplied },
      },
      type: "Opaque",
      immutable: true,
      data: { password: Buffer.from(SECRET_VALUE).toString("base64") },
      stringData: { plain: SECRET_VALUE },
    },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: meta("registry-pull", "shop"),
      type: "kubernetes.io/dockerconfigjson",
      data: {
        ".dockerconfigjson": Buffer.from(`{"auths":{"registry.example":{"auth":"${SECRET_VALUE}"}}}`).toString(
          "base64",
        ),
      },
    },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: meta("settings", "shop"),
      immutable: true,
      data: { token: SECRET_VALUE },
    },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: meta("feature-flags", "shop"),
      data: { checkout: "flag-value" },
      binaryData: { logo: Buffer.from(SECRET_VALUE).toString("base64") },
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingWebhookConfiguration",
      metadata: meta("kyverno-resource-validating-webhook-cfg"),
      webhooks: [
        {
          name: "validate.kyverno.svc-fail",
          failurePolicy: "Fail",
          sideEffects: "None",
          timeoutSeconds: 10,
          admissionReviewVersions: ["v1"],
          clientConfig: { caBundle: "LS0tLS1CRUdJTi0tLS0t", service: { name: "kyverno-svc", namespace: "kyverno" } },
          rules: [
            { operations: ["CREATE", "UPDATE"], apiGroups: [""], apiVersions: ["v1"], resources: ["pods"], scope: "*" },
          ],
          namespaceSelector: {
            matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["kube-system"] }],
          },
        },
      ],
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "MutatingWebhookConfiguration",
      metadata: meta("kyverno-resource-mutating-webhook-cfg"),
      webhooks: [{ name: "mutate.kyverno.svc-ignore", failurePolicy: "Ignore", sideEffects: "NoneOnDryRun" }],
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: meta("require-team-label"),
      spec: {
        failurePolicy: "Fail",
        matchConstraints: {
          resourceRules: [
            { operations: ["CREATE"], apiGroups: ["apps"], apiVersions: ["v1"], resources: ["deployments"] },
          ],
        },
        validations: [{ expression: "has(object.metadata.labels.team)" }],
      },
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: meta("require-team-label-binding"),
      spec: { policyName: "require-team-label", validationActions: ["Deny", "Audit"] },
    },
    crd({
      group: "kyverno.io",
      kind: "ClusterPolicy",
      plural: "clusterpolicies",
      scope: "Cluster",
      versions: ["v1", "v2beta1"],
    }),
    {
      apiVersion: "kyverno.io/v1",
      kind: "ClusterPolicy",
      metadata: meta("verify-images"),
      spec: {
        validationFailureAction: "Enforce",
        background: false,
        rules: [
          {
            name: "check-signature",
            match: { any: [{ resources: { kinds: ["Pod"] } }] },
            verifyImages: [
              {
                imageReferences: ["registry.example/*"],
                required: true,
                verifyDigest: true,
                attestors: [{ entries: [{ keys: { publicKeys: "-----BEGIN PUBLIC KEY-----" } }] }],
              },
            ],
          },
          {
            name: "require-labels",
            validate: { failureAction: "Audit", pattern: { metadata: { labels: { team: "?*" } } } },
          },
        ],
      },
    },
  ];
  const kubeletConfig = (readOnlyPort: number) => ({
    authentication: {
      anonymous: { enabled: false },
      webhook: { enabled: true, cacheTTL: "2m0s" },
      x509: { clientCAFile: "/etc/kubernetes/pki/ca.crt" },
    },
    authorization: { mode: "Webhook" },
    readOnlyPort,
    protectKernelDefaults: true,
    rotateCertificates: true,
    serverTLSBootstrap: true,
    tlsMinVersion: "VersionTLS13",
    eventRecordQPS: 5,
    makeIPTablesUtilChains: true,
    streamingConnectionIdleTimeout: "5m0s",
    seccompDefault: true,
    featureGates: { RotateKubeletServerCertificate: true },
    staticPodURL: "http://127.0.0.1:40123",
  });
  return {
    objects,
    kubeletConfigs: { "cp-1": kubeletConfig(0), "worker-1": kubeletConfig(0), "worker-2": kubeletConfig(10255) },
  };
}

/**
 * OPA Gatekeeper (a ConstraintTemplate's CRD per constraint kind in constraints.gatekeeper.sh)
 * and the Sigstore policy controller (ClusterImagePolicy), served through their CRDs, with
 * constraints and policies in each enforcement mode. Kept out of buildKubeFixture: the shipped
 * reader role grants Gatekeeper kinds only through its optional overlay.
 */
export function buildPolicyEngineObjects(): KubeObject[] {
  const constraintKind = (kind: string) =>
    crd({
      group: "constraints.gatekeeper.sh",
      kind,
      plural: kind.toLowerCase(),
      scope: "Cluster",
      versions: ["v1beta1", "v1alpha1"],
    });
  const constraint = (kind: string, name: string, spec: Record<string, unknown>): KubeObject => ({
    apiVersion: "constraints.gatekeeper.sh/v1beta1",
    kind,
    metadata: meta(name),
    spec,
  });
  const imagePolicy = (name: string, spec: Record<string, unknown>): KubeObject => ({
    apiVersion: "policy.sigstore.dev/v1beta1",
    kind: "ClusterImagePolicy",
    metadata: meta(name),
    spec,
  });
  return [
    constraintKind("K8sRequiredLabels"),
    constraintKind("K8sPSPPrivilegedContainer"),
    constraint("K8sRequiredLabels", "namespaces-need-owner", {
      enforcementAction: "dryrun",
      match: { kinds: [{ apiGroups: [""], kinds: ["Namespace"] }] },
      parameters: { labels: [{ key: "owner" }] },
    }),
    constraint("K8sPSPPrivilegedContainer", "no-privileged", {
      match: { kinds: [{ apiGroups: [""], kinds: ["Pod"] }], excludedNamespaces: ["kube-system"] },
    }),
    constraint("K8sPSPPrivilegedContainer", "warn-privileged-in-ci", { enforcementAction: "warn" }),
    crd({
      group: "policy.sigstore.dev",
      kind: "ClusterImagePolicy",
      plural: "clusterimagepolicies",
      scope: "Cluster",
      versions: ["v1beta1", "v1alpha1"],
    }),
    imagePolicy("signed-by-ci", {
      images: [{ glob: "registry.example/**" }, { glob: "ghcr.io/example/*" }],
      authorities: [
        {
          keyless: {
            url: "https://fulcio.example",
            identities: [{ issuer: "https://token.example", subject: "ci@example" }],
          },
        },
        { key: { data: "-----BEGIN PUBLIC KEY-----" } },
      ],
    }),
    imagePolicy("warn-unsigned-mirror", {
      images: [{ glob: "mirror.example/**" }],
      mode: "warn",
      authorities: [{ key: { data: "-----BEGIN PUBLIC KEY-----" } }],
    }),
  ];
}

function ns(name: string, labels: Record<string, string>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: meta(name, undefined, { "kubernetes.io/metadata.name": name, ...labels }),
    status: { phase: "Active" },
  };
}

function node(name: string, osImage: string, ip: string, labels: Record<string, string>, ready: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: meta(name, undefined, { "kubernetes.io/hostname": name, ...labels }),
    spec: {},
    status: {
      addresses: [
        { type: "InternalIP", address: ip },
        { type: "Hostname", address: name },
      ],
      conditions: [{ type: "Ready", status: ready }],
      nodeInfo: {
        kubeletVersion: "v1.33.4",
        osImage,
        kernelVersion: osImage.startsWith("Talos") ? "6.12.48-talos" : "6.8.0-60-generic",
        containerRuntimeVersion: "containerd://2.1.4",
        architecture: "amd64",
      },
    },
  };
}

function netpol(namespace: string, name: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: meta(name, namespace), spec };
}

function rbac(kind: string, metadata: KubeObject["metadata"], body: Record<string, unknown>): KubeObject {
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind, metadata, ...body };
}
