import type { CheckDefinition } from "../../catalog-types";

// Seed check 6 of the TalosCon 2025 talk: anonymous authentication off and least-privilege RBAC.

export const ANONYMOUS_RBAC_CHECK: CheckDefinition = {
  id: "seed.anonymous-rbac",
  group: "seed",
  title: "Anonymous requests are off and RBAC grants nothing beyond Kubernetes' defaults to broad groups",
  rationale:
    "With anonymous authentication on, every request without credentials runs as system:anonymous, so any RBAC binding to it or to system:unauthenticated opens the API to the network; wildcard, escalate/bind/impersonate, cluster-admin and secret-reading grants to people or workloads turn one stolen token into a cluster takeover.",
  severity: "critical",
  scope: "cluster",
  evidence: [
    "kube-apiserver flags --anonymous-auth and --authentication-config (Talos StaticPod or kube-system mirror pod)",
    "ClusterRoleBindings and RoleBindings with their subjects, and the rules of the Roles and ClusterRoles they reference",
  ],
  remediation: {
    talos: [
      "# Talos sets --anonymous-auth=false by default; remove any override that turns it back on",
      "# (talosctl -n <control-plane> patch mc --patch @anonymous.yaml):",
      "cluster:",
      "  apiServer:",
      "    extraArgs:",
      '      anonymous-auth: "false"',
    ].join("\n"),
    kubeadm: [
      'Set anonymous-auth: "false" under apiServer.extraArgs in the kubeadm ClusterConfiguration (or add',
      "--anonymous-auth=false to /etc/kubernetes/manifests/kube-apiserver.yaml on every control-plane node);",
      "with a structured --authentication-config, set anonymous.enabled: false there (or limit it to /livez, /readyz, /healthz).",
    ].join("\n"),
    managed:
      "The provider sets the API server's anonymous authentication (health endpoints stay public); keep RBAC clean: no bindings to system:anonymous or system:unauthenticated beyond system:public-info-viewer.",
    kubernetes: [
      "# Find and delete bindings that grant more than the defaults to anonymous or all users:",
      "kubectl get clusterrolebindings,rolebindings -A -o json \\",
      '  | jq -r \'.items[] | select(any(.subjects[]?; .name == "system:anonymous" or .name == "system:unauthenticated" or .name == "system:authenticated")) | "\\(.kind) \\(.metadata.namespace // "") \\(.metadata.name)"\'',
      "kubectl delete clusterrolebinding <name>",
      "# Replace wildcard, escalate/bind/impersonate and secret-reading roles bound to people or",
      "# workloads with roles that list the resources and verbs they need.",
    ].join("\n"),
  },
};
