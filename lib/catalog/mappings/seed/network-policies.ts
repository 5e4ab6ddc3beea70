import { mapCheck } from "../map-check";

// Seed check 5, default-deny NetworkPolicies in every namespace.
// Talk: CIS 5.3.1, NIST AC-4, ISO A.8.19, PCI DSS Req. 1, SOC 2 CC6, NIS2 Art. 21, GDPR Art. 31.
// Not carried: PCI DSS A1.1.2/A1.1.3 (apply only to multi-tenant service providers).
export const NETWORK_POLICIES_MAPPINGS = mapCheck("seed.network-policies", [
  { framework: "cis-k8s", provenance: "seed-talk", controls: ["5.3.1"] },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["5.3.2"],
    reason: "The check reads the NetworkPolicies of every namespace.",
  },
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["AC-4"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-7", "SC-7(5)"],
    reason:
      "A default-deny policy with explicit allow rules is deny by default, allow by exception at each namespace boundary.",
  },
  {
    framework: "iso-27001",
    provenance: "corrected",
    controls: ["A.8.20", "A.8.22"],
    reason:
      "The talk cites A.8.19, which in 2022 is installation of software on operational systems; network policies are networks security (A.8.20) and segregation of networks (A.8.22).",
  },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["1.2.1", "1.3.1", "1.3.2", "1.4.1"],
    reason:
      "The talk cites Requirement 1 as a whole; NetworkPolicies are network security control rulesets that limit inbound and outbound traffic and deny the rest.",
  },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC6.1", "CC6.6"],
    reason:
      "The talk cites the series CC6, not a criterion; network segmentation is a CC6.1 point of focus, and denying unexpected traffic protects against threats from outside a namespace (CC6.6).",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(e)"],
    reason:
      "The talk cites Art. 21 as a whole; network security and segmentation fall under point (e) (IR 2024/2690 sections 6.7, 6.8).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)"],
    reason:
      "The talk cites Art. 31, which is cooperation with the supervisory authority; the security-of-processing article is Art. 32, here 32(1)(b).",
  },
  {
    framework: "gdpr",
    provenance: "proposed",
    controls: ["Art. 25(1)"],
    reason: "Isolating workloads by default is data protection built into the platform.",
  },
]);
