import type { CheckDefinition } from "../../catalog-types";

// Seed check 2 of the TalosCon 2025 talk: Pod Security Admission enforced in every namespace.

export const POD_SECURITY_CHECK: CheckDefinition = {
  id: "seed.pod-security",
  group: "seed",
  title: "Pod Security Admission enforces at least baseline, preferably restricted, in every namespace",
  rationale:
    "Pod Security Admission is Kubernetes' built-in guard against privileged, host-namespace and root containers; a namespace that enforces only privileged (or is exempt) admits pods that can take over their node, and baseline still allows root and default capabilities where restricted does not.",
  severity: "high",
  scope: "namespace",
  evidence: [
    "Namespace labels pod-security.kubernetes.io/enforce (and -version, audit, warn)",
    "Talos AdmissionControlConfig: PodSecurity defaults and exempt namespaces",
    "kube-apiserver flags --admission-control-config-file and --disable-admission-plugins",
    "Runtime detection, where Falco runs: its DaemonSet's ready pods against the node count, and a rules ConfigMap in its namespace (one cluster finding; PASS on every node with rules, else WARN)",
  ],
  remediation: {
    talos: [
      "# Raise the cluster default (namespaces without a label) and keep exemptions to kube-system",
      "# (talosctl -n <control-plane> patch mc --patch @psa.yaml):",
      "cluster:",
      "  apiServer:",
      "    admissionControl:",
      "      - name: PodSecurity",
      "        configuration:",
      "          apiVersion: pod-security.admission.config.k8s.io/v1alpha1",
      "          kind: PodSecurityConfiguration",
      "          defaults:",
      "            enforce: restricted",
      '            enforce-version: "latest"',
      "            audit: restricted",
      "            warn: restricted",
      "          exemptions:",
      "            namespaces: [kube-system]",
    ].join("\n"),
    kubeadm: [
      "Pass --admission-control-config-file to kube-apiserver (ClusterConfiguration apiServer.extraArgs and",
      "extraVolumes) with a PodSecurityConfiguration whose defaults.enforce is restricted (at least baseline),",
      "exempting only kube-system; never list PodSecurity in --disable-admission-plugins.",
    ].join("\n"),
    managed:
      "The provider's admission defaults cannot be changed (the built-in default is privileged): label every application namespace, or enforce equivalent rules with a policy engine (Kyverno, Gatekeeper, ValidatingAdmissionPolicy).",
    kubernetes: [
      "kubectl label namespace <name> --overwrite \\",
      "  pod-security.kubernetes.io/enforce=restricted \\",
      "  pod-security.kubernetes.io/enforce-version=latest \\",
      "  pod-security.kubernetes.io/warn=restricted \\",
      "  pod-security.kubernetes.io/audit=restricted",
      "# Runtime detection beside admission: Falco on every node (tolerate the control-plane taint)",
      "# with your rules in a ConfigMap, e.g. helm install falco falcosecurity/falco -n falco \\",
      "#   --set tolerations[0].operator=Exists --set-file customRules.rules-custom\\.yaml=rules.yaml",
    ].join("\n"),
  },
};
