import type { CheckDefinition } from "../../catalog-types";

// Seed check 8 of the TalosCon 2025 talk: supported, current versions of Kubernetes and Talos.

export const VERSIONS_CHECK: CheckDefinition = {
  id: "seed.versions",
  group: "seed",
  title: "Kubernetes and Talos run supported releases, without version skew",
  rationale:
    "A Kubernetes minor past its end of life (upstream supports the three most recent minors, about 14 months each) or a Talos minor past its community support receives no security fixes; kubelets newer than the API server, or more than three minors older, are outside the supported skew, and nodes on different Talos releases mean an upgrade stopped halfway.",
  severity: "high",
  scope: "cluster",
  evidence: [
    "Kubernetes /version gitVersion (the API server)",
    "Kubernetes node kubeletVersion of every node",
    "Talos Version tag of every node (Kubernetes node osImage `Talos (vX.Y.Z)` as fallback)",
    "Lotse's release tables: kubernetes.io/releases end-of-life dates and the Sidero Labs Talos support matrix",
  ],
  remediation: {
    talos: [
      "# Upgrade Talos one minor at a time, node by node, then Kubernetes:",
      "#   talosctl -n <node> upgrade --image factory.talos.dev/installer/<schematic-id>:<talos-version>",
      "#   talosctl -n <control-plane> upgrade-k8s --to <kubernetes-version>",
      "# and keep the install image on that release so reinstalls match:",
      "machine:",
      "  install:",
      "    image: factory.talos.dev/installer/<schematic-id>:<talos-version>",
    ].join("\n"),
    kubeadm: [
      "Upgrade one minor at a time: `kubeadm upgrade plan`, then `kubeadm upgrade apply v<version>` on the first",
      "control-plane node, `kubeadm upgrade node` on the others, then kubeadm/kubelet/kubectl packages on every",
      "node (drain, upgrade, restart kubelet, uncordon).",
    ].join("\n"),
    managed:
      "Upgrade the control plane to a supported minor in the provider's console or CLI (e.g. `aws eks update-cluster-version`, `gcloud container clusters upgrade --master`), then the node groups; turn on the provider's automatic upgrade channel.",
  },
};
