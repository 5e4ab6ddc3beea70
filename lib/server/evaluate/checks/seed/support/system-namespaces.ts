/**
 * Namespaces Kubernetes keeps for itself: kube-system, kube-public, kube-node-lease, and any other
 * `kube-` namespace (the prefix is reserved for Kubernetes system namespaces). Their components (CNI,
 * kube-proxy, DNS, control-plane mirror pods) run with host access or on the host network, where Pod
 * Security levels above privileged and NetworkPolicies do not fit; checks report them NOT_APPLICABLE.
 */
export function isSystemNamespace(name: string): boolean {
  return name.startsWith("kube-");
}

export const SYSTEM_NAMESPACE_NOTE = "the kube- prefix is reserved for Kubernetes system namespaces";
