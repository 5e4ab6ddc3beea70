import type { Mapping } from "../catalog-types";
import { mapCheck } from "./map-check";

// Node (operating system) checks. Neither the seed talk nor the reference maps them, so every row is
// proposed, and only where the control's subject is what the check reads: kernel hardening settings
// (configuration), signature enforcement (integrity), mandatory access control (isolation). No GDPR
// rows: Art. 32 is technology-neutral and the reference ties it to the seed checks only.
export const NODE_MAPPINGS: Mapping[] = [
  ...mapCheck("node.kspp-sysctls", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-6"],
      reason: "The KSPP sysctls are the kernel's security configuration settings, compared with their expected values.",
    },
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-7"],
      reason: "They switch off kernel features workloads do not need (unprivileged BPF, user namespaces, userfaultfd).",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.9"],
      reason: "Node kernel hardening is security configuration kept at a known baseline.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["2.2.1", "2.2.4", "2.2.6"],
      reason:
        "The Kernel Self Protection Project settings are an industry hardening standard; they disable unneeded functionality and set security parameters.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC7.1"],
      reason: "Hardened kernel settings are a defined configuration standard (a CC7.1 point of focus).",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Secure configuration of the systems operated is part of point (e) (IR 2024/2690 section 6.3).",
    },
  ]),
  ...mapCheck("node.kernel-cmdline", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-6"],
      reason: "Hardening boot arguments (slab_nomerge, pti=on, module.sig_enforce, …) are kernel security settings.",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.9"],
      reason: "The kernel command line is node configuration kept at a known baseline.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["2.2.1", "2.2.6"],
      reason: "The arguments follow kernel hardening recommendations and set security parameters.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC7.1"],
      reason: "Hardened boot arguments are a defined configuration standard (a CC7.1 point of focus).",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Secure configuration of the systems operated is part of point (e) (IR 2024/2690 section 6.3).",
    },
  ]),
  ...mapCheck("node.secure-boot", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["SI-7", "SI-7(15)", "CM-14"],
      reason:
        "Secure Boot verifies the signatures of the boot chain before it runs, so only signed, unaltered code boots.",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.7"],
      reason: "A verified boot chain keeps boot-level malware (bootkits) off the node.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC6.8"],
      reason: "Unsigned boot components are refused: unauthorized software is prevented at boot.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["5.2"],
      reason: "A verified boot chain prevents malware below the operating system.",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Protection against unauthorised software is part of point (e) (IR 2024/2690 section 6.9).",
    },
  ]),
  ...mapCheck("node.selinux", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["AC-3", "SC-39"],
      reason: "SELinux in enforcing mode is mandatory access control that confines each process to its own domain.",
    },
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-6"],
      reason: "The SELinux mode is a security configuration setting of the node.",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.9"],
      reason: "The SELinux mode is node security configuration kept at a known baseline.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC6.1"],
      reason: "Mandatory access control is logical access security software protecting the node.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["2.2.1", "2.2.6"],
      reason: "Enforcing mandatory access control is a hardening measure and a security parameter.",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Secure configuration of the systems operated is part of point (e) (IR 2024/2690 section 6.3).",
    },
  ]),
  ...mapCheck("node.module-signing", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["SI-7", "SI-7(15)", "CM-14"],
      reason: "With module.sig_enforce=1 the kernel loads only modules whose signature verifies.",
    },
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-7(5)"],
      reason: "Only modules signed with the build key may run in the kernel: software allowed by exception.",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.19", "A.8.7"],
      reason: "Unsigned kernel code cannot be installed into the running kernel, which keeps kernel rootkits out.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC6.8"],
      reason: "Unsigned kernel modules are refused: unauthorized software is prevented.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["5.2"],
      reason: "Refusing unsigned kernel modules prevents kernel-level malware.",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Protection against unauthorised software is part of point (e) (IR 2024/2690 section 6.9).",
    },
  ]),
  ...mapCheck("node.os-version-skew", [
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["CM-2"],
      reason: "Nodes of one cluster on different OS versions have drifted from a single baseline configuration.",
    },
    {
      framework: "nist-800-53",
      provenance: "proposed",
      controls: ["SI-2"],
      reason: "Skew means an update reached only some nodes, so fixes are not installed everywhere.",
    },
    {
      framework: "iso-27001",
      provenance: "proposed",
      controls: ["A.8.8", "A.8.9"],
      reason: "Nodes left on an older OS keep its vulnerabilities and break the cluster's configuration baseline.",
    },
    {
      framework: "soc2",
      provenance: "proposed",
      controls: ["CC7.1"],
      reason: "Lagging nodes keep vulnerabilities that an update already fixed elsewhere.",
    },
    {
      framework: "pci-dss",
      provenance: "proposed",
      controls: ["6.3.3"],
      reason: "A node left behind during an upgrade misses the security patches the others received.",
    },
    {
      framework: "nis2",
      provenance: "proposed",
      controls: ["Art. 21(2)(e)"],
      reason: "Patching every node is part of point (e) (IR 2024/2690 section 6.6).",
    },
  ]),
];
