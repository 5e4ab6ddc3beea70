import { mapCheck, numbered } from "../map-check";

// Seed check 2, Pod Security Admission enforced.
// Talk: CIS 5.2.X, NIST CM-7/AC-6, ISO A.8.9, PCI DSS Req. 2/7, SOC 2 CC6.1/2, NIS2 Art. 21, GDPR Art. 25/32.
export const POD_SECURITY_MAPPINGS = mapCheck("seed.pod-security", [
  {
    framework: "cis-k8s",
    provenance: "corrected",
    controls: numbered("5.2", 1, 13),
    reason:
      "The talk cites 5.2.X, the whole Pod Security Standards section; each of its recommendations limits what admission lets in, which an enforced PSA level decides.",
  },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["5.7.2", "5.7.3"],
    reason:
      "The restricted Pod Security level requires a seccomp profile and a hardened securityContext on every container.",
  },
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["CM-7", "AC-6"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["CM-6"],
    reason: "The enforced Pod Security level is a mandatory security configuration setting for every workload.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-39"],
    reason: "Blocking host namespaces and privileged containers keeps each pod in its own process isolation boundary.",
  },
  { framework: "iso-27001", provenance: "seed-talk", controls: ["A.8.9"] },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.2"],
    reason: "Privileged and host-namespace pods are privileged access to the node; PSA restricts who gets it.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.27"],
    reason: "Secure-by-default admission of workloads is an engineering principle applied to the whole platform.",
  },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["2.2.1", "2.2.4", "2.2.6"],
    reason:
      "The talk cites Requirements 2 and 7 as a whole; the sub-requirements PSA evidences are the Requirement 2 hardening ones. No Requirement 7 item fits: PSA does not grant or restrict user access.",
  },
  { framework: "soc2", provenance: "seed-talk", controls: ["CC6.1"] },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC6.8"],
    reason:
      "The talk cites CC6.1/2; CC6.2 is about registering users before issuing credentials, which PSA does not touch. Refusing privileged pods prevents unauthorized software from taking over nodes (CC6.8).",
  },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC7.1"],
    reason:
      "An enforced Pod Security level is a defined configuration standard for workloads (a CC7.1 point of focus).",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(e)", "Art. 21(2)(g)"],
    reason:
      "The talk cites Art. 21 as a whole; secure workload configuration falls under points (e) (IR 2024/2690 section 6.3, configuration management) and (g) (basic cyber hygiene).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 25(1)", "Art. 32(1)(b)"],
    reason:
      "The talk cites Art. 25 and Art. 32 as whole articles; the paragraphs are 25(1) (protection built into processing) and 32(1)(b) (integrity of processing systems).",
  },
]);
