import type { CheckDefinition } from "../../catalog-types";

// Seed check 4 of the TalosCon 2025 talk: API server audit logging with retention and shipping.

export const AUDIT_LOGGING_CHECK: CheckDefinition = {
  id: "seed.audit-logging",
  group: "seed",
  title: "The API server writes an audit log that records requests, is rotated with retention and is shipped",
  rationale:
    "The audit log is the only record of who did what through the Kubernetes API; without a policy that logs at least Metadata, a backend and retention, an incident cannot be reconstructed or reported, and logs kept only on the control-plane node are lost with it.",
  severity: "high",
  scope: "node",
  evidence: [
    "kube-apiserver flags --audit-policy-file, --audit-log-path, --audit-log-maxage/-maxbackup/-maxsize, --audit-webhook-config-file",
    "Talos AuditPolicyConfig rule levels (os:admin)",
    "Log-shipping DaemonSets (Fluent Bit, Fluentd, Vector, Promtail, Alloy, …), informative",
  ],
  remediation: {
    talos: [
      "# Talos always passes an audit policy (Metadata for every request) and rotates",
      "# /var/log/audit/kube/kube-apiserver.log (maxage 30, maxbackup 10, maxsize 100). Keep a policy that",
      "# logs at least Metadata (talosctl -n <control-plane> patch mc --patch @audit.yaml):",
      "cluster:",
      "  apiServer:",
      "    auditPolicy:",
      "      apiVersion: audit.k8s.io/v1",
      "      kind: Policy",
      "      rules:",
      "        - level: Metadata",
      "# and ship the file off the node, e.g. a Fluent Bit DaemonSet reading /var/log/audit/kube.",
    ].join("\n"),
    kubeadm: [
      "Pass --audit-policy-file (a Policy with at least `- level: Metadata`), --audit-log-path with",
      "--audit-log-maxage=30 --audit-log-maxbackup=10 --audit-log-maxsize=100, or --audit-webhook-config-file,",
      "to kube-apiserver (ClusterConfiguration apiServer.extraArgs and extraVolumes), and ship the log off",
      "the node with a log-shipping DaemonSet.",
    ].join("\n"),
    managed:
      "Enable the provider's control-plane audit logs (EKS control plane logging `audit`, GKE Cloud Audit Logs, AKS diagnostic settings `kube-audit`) and set their retention.",
  },
};
