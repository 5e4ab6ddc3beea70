import { mapCheck } from "../map-check";

// Seed check 9, immutable workloads (read-only root filesystems, immutable ConfigMaps and Secrets).
// Talk: maps to none of the frameworks ("but it's the right thing to do"); every row is proposed.
// Not carried: CIS 5.7.3 (only general), NIST CM-7, SOC 2 CC7.1 and PCI DSS 11.5.2 (immutability
// prevents change; those controls are about least functionality or detecting change).
export const IMMUTABILITY_MAPPINGS = mapCheck("seed.immutability", [
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["CM-5"],
    reason:
      "A read-only root filesystem and immutable objects prevent changes to running workloads outside a redeploy.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["CM-2", "SI-7"],
    reason:
      "What runs stays identical to the deployed image and manifests, the workload's baseline, so its integrity holds.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SI-14"],
    reason: "Containers without writable root filesystems do not keep state an attacker could persist in.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.9", "A.8.19"],
    reason: "Configuration cannot drift at run time and no software can be installed into a running container.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.32"],
    reason: "With no in-place mutation, every change has to go through a new deployment.",
  },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC6.8"],
    reason: "A read-only root filesystem prevents unauthorized software from being written into a running container.",
  },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC8.1"],
    reason: "With no in-place mutation, every change has to go through the deployment process.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["2.2.6"],
    reason: "readOnlyRootFilesystem and immutable objects are security parameters that prevent misuse.",
  },
  {
    framework: "nis2",
    provenance: "proposed",
    controls: ["Art. 21(2)(e)"],
    reason:
      "The reference maps this check to IR 2024/2690 sections 6.3 and 6.4 (configuration and change management), which elaborate point (e).",
  },
  {
    framework: "gdpr",
    provenance: "proposed",
    controls: ["Art. 32(1)(b)"],
    reason: "Immutable workloads protect the integrity of processing systems.",
  },
]);
