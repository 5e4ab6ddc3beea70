import type { CheckDefinition } from "../../catalog-types";

// Seed check 1 of the TalosCon 2025 talk: restrict access to the Kubernetes API server.

export const API_SERVER_ACCESS_CHECK: CheckDefinition = {
  id: "seed.api-server-access",
  group: "seed",
  title: "The API server refuses anonymous requests and is reachable only from approved networks",
  rationale:
    "The Kubernetes API is the cluster's administration interface: anonymous requests let anyone probe it, and an endpoint reachable from every network turns each leaked credential or API vulnerability into a remote takeover.",
  severity: "high",
  scope: "node",
  evidence: [
    "kube-apiserver flags (Talos StaticPod or kube-system mirror pod): anonymous-auth, authentication-config, bind-address, advertise-address, secure-port",
    "Talos machine config documents NetworkDefaultActionConfig and NetworkRuleConfig (os:admin)",
  ],
  remediation: {
    talos: [
      "# Keep --anonymous-auth=false (the Talos default) and block ingress by default, allowing the API",
      "# port only from the admin and node networks (talosctl -n <control-plane> patch mc --patch @fw.yaml):",
      "apiVersion: v1alpha1",
      "kind: NetworkDefaultActionConfig",
      "ingress: block",
      "---",
      "apiVersion: v1alpha1",
      "kind: NetworkRuleConfig",
      "name: kubernetes-api",
      "portSelector:",
      "  ports:",
      "    - 6443",
      "  protocol: tcp",
      "ingress:",
      "  - subnet: 10.0.0.0/8 # nodes and the admin network; never 0.0.0.0/0",
    ].join("\n"),
    kubeadm: [
      "Set `--anonymous-auth=false` on kube-apiserver (ClusterConfiguration apiServer.extraArgs, or",
      "/etc/kubernetes/manifests/kube-apiserver.yaml), and allow TCP 6443 only from the node and admin",
      "networks in the host or network firewall (nftables, security groups).",
    ].join("\n"),
    managed:
      "Use the provider's endpoint restriction: a private endpoint, or authorized networks / public access CIDRs limited to the admin networks (EKS publicAccessCidrs, GKE master authorized networks, AKS authorized IP ranges).",
    kubernetes:
      "If the API is published through a Service of type LoadBalancer, set `spec.loadBalancerSourceRanges` to the admin networks.",
  },
};
