import type { CheckDefinition } from "../catalog-types";

// Node hardening as Talos reports it through its API (reference/talos-api.md §3.1–§3.4, §4). Other
// platforms' nodes cannot be read agentlessly: their findings are NOT_APPLICABLE with that reason,
// and the remediation says what applies there instead.

const NOT_READABLE_KUBEADM =
  "Lotse reads kubeadm nodes only through the Kubernetes API, which does not expose this; the check is NOT_APPLICABLE there.";
const NOT_READABLE_MANAGED =
  "The provider owns the node image; the check is NOT_APPLICABLE there (the Kubernetes API does not expose it).";

export const KSPP_SYSCTLS_CHECK: CheckDefinition = {
  id: "node.kspp-sysctls",
  group: "node",
  title: "KSPP kernel parameters keep Talos' enforced values",
  rationale:
    "Talos enforces Kernel Self Protection Project sysctls (kptr_restrict, unprivileged BPF, user namespaces, ptrace scope, …) but accepts a machine-config override with only a log warning; a weakened value widens the kernel attack surface for every container on the node.",
  severity: "high",
  scope: "node",
  evidence: [
    "Talos KernelParamStatus `current` of each KSPP sysctl (the value Talos wrote)",
    "Talos Version of the node (the expected list depends on it; Kubernetes node osImage as fallback)",
  ],
  remediation: {
    talos: [
      "# Remove the override so Talos' KSPP default applies again (JSON patch), e.g.",
      `#   talosctl -n <node> patch mc --patch '[{"op": "remove", "path": "/machine/sysctls/kernel.kptr_restrict"}]'`,
      "# (or delete the key from the SysctlConfig document that sets it), or pin the KSPP value:",
      "#   talosctl -n <node> patch mc --patch @kspp.yaml",
      "machine:",
      "  sysctls:",
      '    kernel.kptr_restrict: "2"',
      '    net.core.bpf_jit_harden: "2"',
    ].join("\n"),
    kubeadm: `Set the same values in /etc/sysctl.d/ through configuration management and verify them on the host. ${NOT_READABLE_KUBEADM}`,
    managed: `Use the provider's hardened node image or node-pool sysctl settings. ${NOT_READABLE_MANAGED}`,
  },
};

export const KERNEL_CMDLINE_CHECK: CheckDefinition = {
  id: "node.kernel-cmdline",
  group: "node",
  title: "Kernel command line carries Talos' KSPP hardening arguments",
  rationale:
    "slab_nomerge and pti=on are the KSPP arguments Talos requires at boot, module.sig_enforce=1 is a default from v1.12, and images before v1.14 also pass init_on_alloc=1; a node booted without them runs a weaker kernel than its release promises.",
  severity: "medium",
  scope: "node",
  evidence: [
    "Talos KernelCmdline (/proc/cmdline as Talos reads it)",
    "Talos Version of the node (the required arguments depend on it)",
  ],
  remediation: {
    talos: [
      "# Talos' images pass these by default: remove whatever drops or overrides them (a '-slab_nomerge'",
      "# or 'pti=off' entry) and add back the ones that are missing. GRUB (non-UKI) installs take kernel",
      "# arguments from the machine config at the next upgrade (talosctl -n <node> upgrade --image",
      "# <the node's installer image>); on UKI / Secure Boot images the command line is inside the",
      "# image: set it in the Image Factory schematic (customization.extraKernelArgs) and upgrade.",
      "machine:",
      "  install:",
      "    extraKernelArgs:",
      "      - module.sig_enforce=1",
      "      - init_on_alloc=1",
    ].join("\n"),
    kubeadm: `Add the arguments to the boot loader configuration (e.g. GRUB_CMDLINE_LINUX) and reboot. ${NOT_READABLE_KUBEADM}`,
    managed: `Kernel arguments belong to the provider's node image. ${NOT_READABLE_MANAGED}`,
  },
};

export const SECURE_BOOT_CHECK: CheckDefinition = {
  id: "node.secure-boot",
  group: "node",
  title: "Nodes boot a signed Talos UKI with UEFI Secure Boot on",
  rationale:
    "With Secure Boot the firmware verifies the signed UKI (kernel, initramfs and command line together), so a tampered boot chain does not start and TPM-sealed disk keys stay bound to it; without it anyone with disk or console access can boot a modified system.",
  severity: "high",
  scope: "node",
  evidence: ["Talos SecurityState: secureBoot, bootedWithUKI, pcrSigningKeyFingerprint"],
  remediation: {
    talos: [
      "# Needs a Secure Boot image, its keys enrolled in the firmware and Secure Boot turned on (not in",
      "# setup mode). A node that booted a Secure Boot UKI with Secure Boot off only needs the firmware",
      "# setting; a GRUB install cannot be converted in place: reinstall from the",
      "# metal-<arch>-secureboot ISO and keep upgrades on the Secure Boot installer:",
      "machine:",
      "  install:",
      "    image: factory.talos.dev/installer-secureboot/<schematic-id>:<talos-version>",
    ].join("\n"),
    kubeadm: `Enable UEFI Secure Boot in the firmware with a signed boot chain (shim, signed kernel). ${NOT_READABLE_KUBEADM}`,
    managed: `Choose a node pool with Secure Boot / shielded or trusted launch VMs where the provider offers it. ${NOT_READABLE_MANAGED}`,
  },
};

export const SELINUX_CHECK: CheckDefinition = {
  id: "node.selinux",
  group: "node",
  title: "SELinux is enforcing on every node",
  rationale:
    "Talos ships an SELinux policy that confines its own services, but boots it permissive unless `enforcing=1` is on the kernel command line; permissive mode only logs violations and stops nothing.",
  severity: "medium",
  scope: "node",
  evidence: ["Talos SecurityState selinuxState", "Talos KernelCmdline `selinux` and `enforcing` arguments"],
  remediation: {
    talos: [
      "# selinux=1 is a default argument from v1.10; enforcing mode also needs enforcing=1. Applied at the",
      "# next upgrade on GRUB installs; on UKI / Secure Boot images add it to the image schematic",
      "# (customization.extraKernelArgs) instead.",
      "machine:",
      "  install:",
      "    extraKernelArgs:",
      "      - enforcing=1",
    ].join("\n"),
    kubeadm: `Run SELinux enforcing (RHEL family: SELINUX=enforcing in /etc/selinux/config) or AppArmor on Ubuntu hosts. ${NOT_READABLE_KUBEADM}`,
    managed: `Node images such as Bottlerocket run SELinux enforcing by default; keep the provider's image. ${NOT_READABLE_MANAGED}`,
  },
};

export const MODULE_SIGNING_CHECK: CheckDefinition = {
  id: "node.module-signing",
  group: "node",
  title: "The kernel only loads signed modules",
  rationale:
    "With `module.sig_enforce=1` the kernel refuses unsigned modules, so root in a container or on the host cannot load a rootkit module; Talos sets it by default from v1.12.",
  severity: "high",
  scope: "node",
  evidence: [
    "Talos SecurityState moduleSignatureEnforced (v1.12+)",
    "Talos KernelCmdline `module.sig_enforce` (before v1.12, or when SecurityState cannot be read)",
  ],
  remediation: {
    talos: [
      "# Default from Talos v1.12; on older releases (or if it was removed) add it. Applied at the next",
      "# upgrade on GRUB installs; on UKI / Secure Boot images set it in the image schematic instead.",
      "machine:",
      "  install:",
      "    extraKernelArgs:",
      "      - module.sig_enforce=1",
    ].join("\n"),
    kubeadm: `Add module.sig_enforce=1 to the kernel command line (with a distribution kernel whose modules are signed). ${NOT_READABLE_KUBEADM}`,
    managed: `Module signing belongs to the provider's node image. ${NOT_READABLE_MANAGED}`,
  },
};

export const OS_VERSION_SKEW_CHECK: CheckDefinition = {
  id: "node.os-version-skew",
  group: "node",
  title: "All nodes of a cluster run the same OS release",
  rationale:
    "A node left behind on an older release misses that release's security fixes and hardening defaults (the KSPP list and kernel arguments change between Talos minors) and turns the cluster into a mix nobody tested. Rule: a node behind the cluster's newest Talos minor FAILs; a node on the same minor but an older patch WARNs; other OS images are compared by image and kernel (a node differing from the most common one WARNs).",
  severity: "low",
  scope: "node",
  evidence: [
    "Talos Version tag of every node (Kubernetes node osImage `Talos (vX.Y.Z)` as fallback)",
    "Kubernetes node osImage and kernelVersion (non-Talos nodes)",
  ],
  remediation: {
    talos: [
      "# Upgrade the lagging nodes one at a time to the cluster's release:",
      "#   talosctl -n <node> upgrade --image <installer>:<version>",
      "# and keep the installer image in the machine config on that release so reinstalls match:",
      "machine:",
      "  install:",
      "    image: factory.talos.dev/installer/<schematic-id>:<talos-version>",
    ].join("\n"),
    kubeadm:
      "Patch the lagging nodes to the same OS release and kernel (drain, update, reboot, uncordon, one node at a time).",
    managed: "Upgrade the node group / node pool so every node runs the current node image version.",
  },
};

/** The node checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const NODE_CHECKS: CheckDefinition[] = [
  KSPP_SYSCTLS_CHECK,
  KERNEL_CMDLINE_CHECK,
  SECURE_BOOT_CHECK,
  SELINUX_CHECK,
  MODULE_SIGNING_CHECK,
  OS_VERSION_SKEW_CHECK,
];
