import type { CheckDefinition } from "../catalog-types";

/** Days before `notAfter` from which a certificate counts as expiring soon (WARN). */
export const CREDENTIAL_EXPIRY_WARN_DAYS = 30;

export const CREDENTIAL_EXPIRY_CHECK: CheckDefinition = {
  id: "credential.expiry",
  group: "credential",
  title: "Lotse's client certificates for the cluster are not expired or about to expire",
  rationale: `An expired client certificate stops every collection from the cluster, so its findings go stale and the evidence trail has a gap; certificates within ${CREDENTIAL_EXPIRY_WARN_DAYS} days of expiry are flagged so they can be rotated in time.`,
  severity: "medium",
  scope: "cluster",
  evidence: ["The notAfter of each client certificate registered for the cluster (kubeconfig and talosconfig)"],
  remediation: {
    talos: [
      "Issue a new os:reader talosconfig from a node with an admin talosconfig, then replace the cluster's",
      "talosconfig in Lotse:",
      "  talosctl -n <control-plane> config new lotse-reader.talosconfig --roles os:reader --crt-ttl 8760h",
    ].join("\n"),
    kubeadm: [
      "Issue a new client certificate on a control-plane node for the identity bound to Lotse's read-only",
      "ClusterRole, then replace the cluster's kubeconfig in Lotse:",
      "  kubeadm kubeconfig user --client-name lotse-reader --org lotse:readers --validity-period 8760h",
    ].join("\n"),
    managed:
      "Managed clusters usually authenticate with provider tokens (no certificate expiry); if a client certificate is used, issue a new one through the provider and replace the kubeconfig in Lotse.",
    kubernetes:
      "Any platform: a CertificateSigningRequest with signerName kubernetes.io/kube-apiserver-client (spec.expirationSeconds) for the read-only identity, approved by an administrator, yields a new client certificate.",
  },
};

/** The credential checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const CREDENTIAL_CHECKS: CheckDefinition[] = [CREDENTIAL_EXPIRY_CHECK];
