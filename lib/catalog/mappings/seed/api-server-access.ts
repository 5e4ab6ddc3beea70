import { mapCheck } from "../map-check";

// Seed check 1, restrict API server network access.
// Talk: CIS —, NIST AC-3/6, ISO A.9.4.1, PCI DSS —, SOC 2 CC6.1, NIS2 —, GDPR Art. 32.
// Not carried: CIS 1.2.1/1.3.7/1.4.2 (only related; the generic benchmark has no endpoint
// restriction item), PCI DSS 2.2.7 (this check does not read whether admin access is encrypted).
export const API_SERVER_ACCESS_MAPPINGS = mapCheck("seed.api-server-access", [
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["AC-3", "AC-6"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-7", "SC-7(5)"],
    reason:
      "An allow-list of source networks for the API port, with everything else dropped, is a deny-by-default boundary around the cluster's management interface.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["AC-17"],
    reason:
      "The Kubernetes API is the remote administration path into the cluster; the check limits where it is reachable from.",
  },
  {
    framework: "iso-27001",
    provenance: "corrected",
    controls: ["A.8.3"],
    reason:
      "The talk cites A.9.4.1, which is ISO/IEC 27001:2013 numbering; the same control is A.8.3 in the 2022 Annex A.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.20", "A.8.22"],
    reason:
      "Restricting which networks reach the API server is a network security control and keeps the management plane segregated from workload and public networks.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.5.15"],
    reason: "Network-level restriction is one of the access control rules for the cluster's management interface.",
  },
  { framework: "soc2", provenance: "seed-talk", controls: ["CC6.1"] },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC6.6"],
    reason:
      "An API server reachable only from approved networks protects against threats from outside the system boundary.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["1.3.1", "1.4.1", "1.4.2"],
    reason:
      "For a CDE cluster the API server is a system component; limiting inbound traffic to it from untrusted networks is a network security control.",
  },
  {
    framework: "nis2",
    provenance: "proposed",
    controls: ["Art. 21(2)(i)"],
    reason:
      "Who may reach the API server is part of the access control policy for the cluster (IR 2024/2690 section 11.1).",
  },
  {
    framework: "nis2",
    provenance: "proposed",
    controls: ["Art. 21(2)(e)"],
    reason: "Network security of the systems operated is part of point (e) (IR 2024/2690 section 6.7).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)"],
    reason:
      "The talk cites Art. 32 as a whole; the paragraph a restricted control plane supports is 32(1)(b), ongoing confidentiality and integrity of processing systems.",
  },
]);
