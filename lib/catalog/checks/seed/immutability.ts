import type { CheckDefinition } from "../../catalog-types";

// Seed check 9 of the TalosCon 2025 talk: immutable workloads (read-only root filesystems, immutable
// ConfigMaps and Secrets) on an immutable OS.

export const IMMUTABILITY_CHECK: CheckDefinition = {
  id: "seed.immutability",
  group: "seed",
  title: "Application containers run with a read-only root filesystem",
  rationale:
    "A container whose root filesystem is writable lets an attacker drop tools, modify binaries or persist changes inside it; read-only root filesystems (with emptyDir volumes for scratch space), immutable ConfigMaps and Secrets, and an immutable node OS such as Talos make unexpected change impossible instead of merely detectable.",
  severity: "medium",
  scope: "cluster",
  evidence: [
    "securityContext.readOnlyRootFilesystem of every container and init container of running pods (grouped by workload)",
    "ConfigMap and Secret `immutable` (unknown from metadata-only lists)",
    "Talos Version of the nodes (Talos runs from a read-only SquashFS root by design)",
  ],
  remediation: {
    talos:
      "Nothing to change on the nodes: Talos' root filesystem is read-only by design. Fix the workloads with the manifest under `kubernetes`.",
    kubeadm:
      "Fix the workloads with the manifest under `kubernetes`; for the nodes, consider an immutable OS (Talos, Flatcar, Bottlerocket) instead of a package-managed one.",
    managed:
      "Fix the workloads with the manifest under `kubernetes`; choose an immutable node image (e.g. Bottlerocket, Container-Optimized OS) for the node pools.",
    kubernetes: [
      "# Per container; mount an emptyDir where the application must write (/tmp, caches):",
      "spec:",
      "  containers:",
      "    - name: app",
      "      securityContext:",
      "        readOnlyRootFilesystem: true",
      "      volumeMounts:",
      "        - { name: tmp, mountPath: /tmp }",
      "  volumes:",
      "    - { name: tmp, emptyDir: {} }",
      "---",
      "# ConfigMaps and Secrets that never change in place (roll out a new name instead):",
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: app-config-v2",
      "immutable: true",
    ].join("\n"),
  },
};
