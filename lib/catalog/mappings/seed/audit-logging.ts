import { mapCheck } from "../map-check";

// Seed check 4, audit logging (policy, log path, retention, shipping).
// Talk: CIS 3.2.1, NIST AU-2, ISO A.8.15, PCI DSS Req. 10, SOC 2 CC7/CC6, NIS2 Art. 21, GDPR Art. 33-34.
// Not carried (the check shows logs are produced and shipped, not that anyone reviews or documents
// them): NIST AU-6, PCI DSS 10.4.1, SOC 2 CC7.3, GDPR Art. 33(5); also SOC 2 CC4.1 ("also" in the
// reference) and GDPR 32(1)(d).
export const AUDIT_LOGGING_MAPPINGS = mapCheck("seed.audit-logging", [
  { framework: "cis-k8s", provenance: "seed-talk", controls: ["3.2.1"] },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["1.2.16", "1.2.17", "1.2.18", "1.2.19"],
    reason: "The check reads the API server's audit log path and retention flags.",
  },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["3.2.2"],
    reason: "The check reads the audit policy, which decides whether key security events are recorded.",
  },
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["AU-2"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["AU-3", "AU-12"],
    reason: "The audit policy level decides which records the API server generates and what they contain.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["AU-9", "AU-11"],
    reason: "Shipping the log off the node and keeping it for the retention period protects and retains the records.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["AC-6(9)"],
    reason: "API server audit events record the use of privileged Kubernetes functions (RBAC changes, exec, secrets).",
  },
  { framework: "iso-27001", provenance: "seed-talk", controls: ["A.8.15"] },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.16"],
    reason: "Audit events that reach a central store are the input of monitoring activities.",
  },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["10.2.1", "10.2.1.2", "10.2.2", "10.3.3", "10.5.1"],
    reason:
      "The talk cites Requirement 10 as a whole; the check evidences the logging sub-requirements: logs enabled, admin actions and required fields recorded, shipped to a central store, retained (12 months needs off-cluster storage).",
  },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC7.2"],
    reason:
      "The talk cites the series CC7 and CC6; the criterion audit logging evidences is CC7.2, monitoring components for anomalies. No CC6 criterion is about logging.",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(b)"],
    reason:
      "The talk cites Art. 21 as a whole; logging serves point (b), incident handling (IR 2024/2690 section 3.2).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)"],
    reason:
      "The talk cites Art. 33-34, which are breach-notification duties that logging enables, not a logging requirement; logging belongs to security of processing, 32(1)(b).",
  },
]);
