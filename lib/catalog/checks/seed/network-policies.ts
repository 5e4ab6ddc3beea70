import type { CheckDefinition } from "../../catalog-types";

// Seed check 5 of the TalosCon 2025 talk: default-deny NetworkPolicies per namespace.

export const NETWORK_POLICIES_CHECK: CheckDefinition = {
  id: "seed.network-policies",
  group: "seed",
  title: "Every application namespace denies ingress and egress by default",
  rationale:
    "Kubernetes lets every pod talk to every other pod and to any address unless a NetworkPolicy selects it; a default-deny policy for both directions turns that into allow-by-exception, so a compromised pod cannot scan the cluster or send data out.",
  severity: "high",
  scope: "namespace",
  evidence: [
    "NetworkPolicies per namespace: empty podSelector, policyTypes, ingress and egress rule counts",
    "Namespaces, and pods and workloads per namespace (a namespace without pods has nothing to isolate)",
    "The CNI in use, from the kube-system DaemonSets (Cilium, Calico, Canal, Weave, kube-router, Antrea, AWS VPC CNI with its policy agent enforce NetworkPolicies; Flannel and the plain VPC/Azure CNI do not, which makes a default deny a WARN)",
    "CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy and Calico NetworkPolicy / GlobalNetworkPolicy selecting every endpoint without allow rules, counted as default deny",
    "Kyverno ClusterPolicies with generate rules that create NetworkPolicies (e.g. a default deny per new namespace)",
  ],
  remediation: {
    kubernetes: [
      "# In every application namespace, deny all traffic, then allow what each workload needs",
      "# (DNS egress to kube-system, ingress from the ingress controller, …) with further policies:",
      "apiVersion: networking.k8s.io/v1",
      "kind: NetworkPolicy",
      "metadata:",
      "  name: default-deny-all",
      "  namespace: <namespace>",
      "spec:",
      "  podSelector: {}",
      "  policyTypes: [Ingress, Egress]",
      "# With Kyverno, a ClusterPolicy with a generate rule (kind: NetworkPolicy, synchronize: true,",
      "# generateExisting: true) gives every namespace this policy, including new ones.",
      "# The CNI must enforce it: Flannel alone does not (use Cilium or Calico, or Canal).",
    ].join("\n"),
    talos:
      "Apply the default-deny manifest (kubernetes remediation) per namespace. Talos' default CNI, Flannel, does not enforce NetworkPolicies: deploy Cilium or Calico (cluster.network.cni.name: none plus the CNI's manifests) so the policies take effect.",
    kubeadm:
      "Apply the default-deny manifest (kubernetes remediation) per namespace, with a CNI that enforces NetworkPolicies (Calico, Cilium).",
    managed:
      "Apply the default-deny manifest (kubernetes remediation) per namespace and turn on the provider's network policy enforcement (EKS VPC CNI network policy agent, GKE Dataplane V2, AKS Azure/Calico/Cilium network policy).",
  },
};
