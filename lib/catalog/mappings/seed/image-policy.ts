import { mapCheck } from "../map-check";

// Seed check 7, image vulnerability scanning and signature enforcement at admission.
// Talk: CIS "Control 5.2", NIST RA-5/SR-11, ISO A.8.8, PCI DSS Req. 6/11, SOC 2 CC7.1-3, NIS2 Art. 21, GDPR Art. 32.
// Not carried: CIS 1.2.11 (AlwaysPullImages is only related).
export const IMAGE_POLICY_MAPPINGS = mapCheck("seed.image-policy", [
  {
    framework: "cis-k8s",
    provenance: "corrected",
    controls: ["5.5.1"],
    reason:
      "The talk cites Control 5.2, which is not a CIS Kubernetes Benchmark id (it reads like CIS Controls v8); the nearest benchmark item is 5.5.1, image provenance at admission.",
  },
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["RA-5", "SR-11"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SI-2"],
    reason: "Scan results identify the flaws in running images that flaw remediation must correct.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SI-7", "SI-7(15)", "CM-14"],
    reason: "Signature verification at admission authenticates images and refuses unsigned or altered ones.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SR-3", "CM-7(5)"],
    reason:
      "Only images from approved, signed sources are admitted: a supply chain control that allows software by exception.",
  },
  { framework: "iso-27001", provenance: "seed-talk", controls: ["A.8.8"] },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.7", "A.8.19"],
    reason:
      "Admission refuses unverified images, which prevents malicious software from being installed on the cluster.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.5.21"],
    reason: "Verifying image signatures and provenance manages security in the software supply chain.",
  },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["6.3.1", "6.3.2", "6.3.3", "11.3.1"],
    reason:
      "The talk cites Requirements 6 and 11 as a whole; scanning identifies and ranks vulnerabilities, inventories image components, shows unpatched critical ones, and is an internal vulnerability scan.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["5.2"],
    reason: "Refusing unverified images at admission prevents malicious software from running.",
  },
  { framework: "soc2", provenance: "seed-talk", controls: ["CC7.1", "CC7.2", "CC7.3"] },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC6.8"],
    reason: "Signature enforcement prevents unauthorized or malicious software from being deployed.",
  },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC8.1"],
    reason: "Only images that passed the build and signing process reach production.",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(d)", "Art. 21(2)(e)"],
    reason:
      "The talk cites Art. 21 as a whole; image provenance is supply chain security (d) and scanning is vulnerability handling (e) (IR 2024/2690 sections 5.1, 6.9, 6.10).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)", "Art. 32(1)(d)"],
    reason:
      "The talk cites Art. 32 as a whole; scanning is regular testing of the measures (d) and keeps processing systems sound (b).",
  },
]);
