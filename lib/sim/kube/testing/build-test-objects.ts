import type { KubeObject } from "@/lib/sim/model";

// A small but complete cluster for the simulator's own tests: namespaces, nodes, pods spread
// over nodes, RBAC, a network policy, a secret with data, and two CRDs with one object each.

const CREATED = "2026-01-10T08:00:00Z";
let uidCounter = 0;

function meta(name: string, namespace?: string, labels?: Record<string, string>) {
  uidCounter += 1;
  const uid = `00000000-0000-4000-8000-${String(uidCounter).padStart(12, "0")}`;
  return { name, ...(namespace ? { namespace } : {}), uid, creationTimestamp: CREATED, ...(labels ? { labels } : {}) };
}

export function buildTestObjects({
  nodeCount = 3,
  podCount = 25,
}: { nodeCount?: number; podCount?: number } = {}): KubeObject[] {
  const namespaces = ["default", "kube-system", "payments", "shop"];
  const nodes = Array.from({ length: nodeCount }, (_, index) => `node-${index}`);
  const objects: KubeObject[] = [
    ...namespaces.map((name) => ({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: meta(name, undefined, { "kubernetes.io/metadata.name": name }),
      status: { phase: "Active" },
    })),
    ...nodes.map((name, index) => ({
      apiVersion: "v1",
      kind: "Node",
      metadata: meta(name, undefined, index === 0 ? { "node-role.kubernetes.io/control-plane": "" } : {}),
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        addresses: [{ type: "InternalIP", address: `10.0.0.${index + 10}` }],
        nodeInfo: {
          kubeletVersion: "v1.33.4",
          osImage: "Talos (v1.11.1)",
          kernelVersion: "6.12.48-talos",
          containerRuntimeVersion: "containerd://2.1.4",
        },
      },
    })),
    ...Array.from({ length: podCount }, (_, index) => {
      const namespace = namespaces[index % namespaces.length] ?? "default";
      return {
        apiVersion: "v1",
        kind: "Pod",
        metadata: meta(`pod-${String(index).padStart(4, "0")}`, namespace, { app: index % 2 === 0 ? "web" : "worker" }),
        spec: {
          nodeName: nodes[index % nodes.length],
          containers: [{ name: "main", image: "registry.example/app:1" }],
        },
        status: {
          phase: "Running",
          podIP: `10.244.0.${index % 250}`,
          containerStatuses: [{ name: "main", ready: true, restartCount: 0 }],
        },
      };
    }),
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: meta("db-password", "payments"),
      type: "Opaque",
      data: { password: Buffer.from("hunter2").toString("base64") },
    },
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta("settings", "shop"), data: { mode: "production" } },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta("default", "shop") },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: meta("default-deny", "payments"),
      spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: meta("lotse-reader"),
      rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["get", "list"] }],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: meta("cluster-admin"),
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" }],
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta("checkout", "shop", { app: "web" }),
      spec: { replicas: 2, selector: { matchLabels: { app: "web" } } },
      status: { readyReplicas: 2, updatedReplicas: 2, availableReplicas: 2 },
    },
    crd({
      group: "kyverno.io",
      kind: "ClusterPolicy",
      plural: "clusterpolicies",
      scope: "Cluster",
      versions: ["v1", "v2beta1"],
      shortNames: ["cpol"],
    }),
    crd({ group: "velero.io", kind: "Schedule", plural: "schedules", scope: "Namespaced", versions: ["v1"] }),
    {
      apiVersion: "kyverno.io/v1",
      kind: "ClusterPolicy",
      metadata: meta("require-labels"),
      spec: { validationFailureAction: "Enforce" },
    },
    {
      apiVersion: "velero.io/v1",
      kind: "Schedule",
      metadata: meta("etcd-daily", "velero"),
      spec: { schedule: "0 2 * * *" },
    },
  ];
  return objects;
}

function crd({
  group,
  kind,
  plural,
  scope,
  versions,
  shortNames = [],
}: {
  group: string;
  kind: string;
  plural: string;
  scope: "Cluster" | "Namespaced";
  versions: string[];
  shortNames?: string[];
}): KubeObject {
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: meta(`${plural}.${group}`),
    spec: {
      group,
      scope,
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase(), shortNames },
      versions: versions.map((name, index) => ({
        name,
        served: true,
        storage: index === 0,
        schema: { openAPIV3Schema: { type: "object" } },
      })),
    },
  };
}
