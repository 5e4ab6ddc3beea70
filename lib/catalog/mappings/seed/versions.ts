import { mapCheck } from "../map-check";

// Seed check 8, supported and current versions (Kubernetes minor in its support window, Talos in
// its support matrix, timely patches).
// Talk: CIS —, NIST SI-2, ISO A.8.8/9, PCI DSS Req. 6.2, SOC 2 CC7/8, NIS2 Art. 21, GDPR Art. 32.
// Not carried (the check sees versions, not the change process): ISO A.8.32 and A.8.19, PCI DSS
// 6.5.1, SOC 2 CC8.1; GDPR 32(1)(d) (a version check is not a test of the measures).
export const VERSIONS_MAPPINGS = mapCheck("seed.versions", [
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["SI-2"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SI-2(2)"],
    reason: "Lotse is an automated mechanism that determines whether components run current, patched versions.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SI-2(5)"],
    reason:
      "Current versions across the fleet are the observable outcome of automatic updates (the mechanism itself is not seen).",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SA-22"],
    reason: "A Kubernetes or Talos release outside its support window is an unsupported system component.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["RA-5"],
    reason: "Outdated releases carry the vulnerabilities fixed in later ones.",
  },
  { framework: "iso-27001", provenance: "seed-talk", controls: ["A.8.8", "A.8.9"] },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["6.3.3"],
    reason:
      "The talk cites Req. 6.2; in PCI DSS v4.0 installing critical security patches within one month is 6.3.3, which is what this check evidences.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["12.3.4"],
    reason: "The check reports releases at or past end of life, the technical input of the yearly technology review.",
  },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC7.1"],
    reason:
      "The talk cites the series CC7 and CC8; the criterion is CC7.1, as outdated releases carry newly discovered vulnerabilities. A version check does not show how changes are approved (CC8).",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(e)"],
    reason:
      "The talk cites Art. 21 as a whole; patching falls under point (e), maintenance and vulnerability handling (IR 2024/2690 section 6.6).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)"],
    reason: "The talk cites Art. 32 as a whole; patched systems keep processing secure, 32(1)(b).",
  },
]);
