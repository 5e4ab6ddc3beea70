import type { ClusterSpec } from "@/lib/sim/scenario/cluster-spec";
import type { BindingSeed, RoleSeed } from "@/lib/sim/scenario/objects/default-rbac";

const NODE_CLIENT = "system:certificates.k8s.io:certificatesigningrequests:nodeclient";
const SELF_NODE_CLIENT = "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient";
const csrRole = (name: string, resource: string): RoleSeed => ({
  name,
  rules: [{ apiGroups: ["certificates.k8s.io"], resources: [resource], verbs: ["create"] }],
});

/**
 * The ClusterRoles and ClusterRoleBindings each platform's installer adds beside Kubernetes'
 * defaults: Talos' node bootstrap bindings, kubeadm's `kubeadm:*` bindings (including
 * `kubeadm:cluster-admins`), the cloud provider's on managed clusters, and the CNI's role.
 */
export function buildPlatformRbac({ spec }: { spec: Pick<ClusterSpec, "profile" | "managedFlavor"> }): {
  roles: RoleSeed[];
  bindings: BindingSeed[];
} {
  const csrRoles = [
    csrRole(NODE_CLIENT, "certificatesigningrequests/nodeclient"),
    csrRole(SELF_NODE_CLIENT, "certificatesigningrequests/selfnodeclient"),
  ];
  if (spec.profile.startsWith("talos-")) {
    return {
      roles: [
        ...csrRoles,
        {
          name: "flannel",
          rules: [
            { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
            { apiGroups: [""], resources: ["nodes/status"], verbs: ["patch"] },
          ],
        },
      ],
      bindings: [
        {
          name: "system-bootstrap-approve-node-client-csr",
          role: NODE_CLIENT,
          subjects: [{ kind: "Group", name: "system:bootstrappers" }],
        },
        {
          name: "system-bootstrap-node-bootstrapper",
          role: "system:node-bootstrapper",
          subjects: [
            { kind: "Group", name: "system:bootstrappers" },
            { kind: "Group", name: "system:nodes" },
          ],
        },
        {
          name: "system-bootstrap-node-renewal",
          role: SELF_NODE_CLIENT,
          subjects: [{ kind: "Group", name: "system:nodes" }],
        },
        {
          name: "flannel",
          role: "flannel",
          subjects: [{ kind: "ServiceAccount", name: "kube-flannel", namespace: "kube-system" }],
        },
        {
          name: "kube-proxy",
          role: "system:node-proxier",
          subjects: [{ kind: "ServiceAccount", name: "kube-proxy", namespace: "kube-system" }],
        },
      ],
    };
  }
  if (spec.profile === "managed") {
    if (spec.managedFlavor === "gke") {
      return {
        roles: [],
        bindings: [
          { name: "kubelet-cluster-admin", role: "system:node", subjects: [{ kind: "User", name: "kubelet" }] },
        ],
      };
    }
    if (spec.managedFlavor === "aks") {
      return {
        roles: [],
        bindings: [
          {
            name: "aks-cluster-admin-binding",
            role: "cluster-admin",
            subjects: [{ kind: "User", name: "clusterAdmin" }],
          },
        ],
      };
    }
    return {
      roles: [
        {
          name: "aws-node",
          rules: [{ apiGroups: [""], resources: ["namespaces", "nodes", "pods"], verbs: ["get", "list", "watch"] }],
        },
        {
          name: "eks:node-bootstrapper",
          rules: [
            {
              apiGroups: ["certificates.k8s.io"],
              resources: ["certificatesigningrequests/selfnodeserver"],
              verbs: ["create"],
            },
          ],
        },
      ],
      bindings: [
        {
          name: "aws-node",
          role: "aws-node",
          subjects: [{ kind: "ServiceAccount", name: "aws-node", namespace: "kube-system" }],
        },
        {
          name: "eks:node-bootstrapper",
          role: "eks:node-bootstrapper",
          subjects: [
            { kind: "Group", name: "system:bootstrappers" },
            { kind: "Group", name: "system:nodes" },
          ],
        },
      ],
    };
  }
  return {
    roles: [
      ...csrRoles,
      { name: "kubeadm:get-nodes", rules: [{ apiGroups: [""], resources: ["nodes"], verbs: ["get"] }] },
      {
        name: "calico-node",
        rules: [{ apiGroups: [""], resources: ["pods", "nodes", "namespaces"], verbs: ["get", "list", "watch"] }],
      },
    ],
    bindings: [
      {
        name: "kubeadm:cluster-admins",
        role: "cluster-admin",
        subjects: [{ kind: "Group", name: "kubeadm:cluster-admins" }],
      },
      {
        name: "kubeadm:get-nodes",
        role: "kubeadm:get-nodes",
        subjects: [{ kind: "Group", name: "system:bootstrappers:kubeadm:default-node-token" }],
      },
      {
        name: "kubeadm:kubelet-bootstrap",
        role: "system:node-bootstrapper",
        subjects: [{ kind: "Group", name: "system:bootstrappers:kubeadm:default-node-token" }],
      },
      {
        name: "kubeadm:node-autoapprove-bootstrap",
        role: NODE_CLIENT,
        subjects: [{ kind: "Group", name: "system:bootstrappers:kubeadm:default-node-token" }],
      },
      {
        name: "kubeadm:node-autoapprove-certificate-rotation",
        role: SELF_NODE_CLIENT,
        subjects: [{ kind: "Group", name: "system:nodes" }],
      },
      {
        name: "kubeadm:node-proxier",
        role: "system:node-proxier",
        subjects: [{ kind: "ServiceAccount", name: "kube-proxy", namespace: "kube-system" }],
      },
      {
        name: "calico-node",
        role: "calico-node",
        subjects: [{ kind: "ServiceAccount", name: "calico-node", namespace: "kube-system" }],
      },
    ],
  };
}
