import { mapCheck } from "../map-check";

// Seed check 3, Secrets encrypted at rest.
// Talk: CIS 1.2.27, NIST SC-28, ISO A.8.24, PCI DSS Req. 3, SOC 2 C1/CC6, NIS2 Art. 21, GDPR Art. 32.
// Not carried: CIS 5.4.2 (external secret storage is an alternative, not what this check reads),
// GDPR Art. 34(3)(a) (an exemption from notifying data subjects, not a duty a check can pass or fail).
export const SECRETS_ENCRYPTION_MAPPINGS = mapCheck("seed.secrets-encryption", [
  { framework: "cis-k8s", provenance: "seed-talk", controls: ["1.2.27"] },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["1.2.28"],
    reason:
      "The check reads the encryption configuration itself, so it also shows whether the providers are appropriate.",
  },
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["SC-28"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-28(1)", "SC-13"],
    reason: "Secrets in etcd are protected at rest by cryptographic means (secretbox, AES or a KMS provider).",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-12"],
    reason:
      "The provider configuration shows where the data-encryption key is kept: a static key in the file or an external KMS.",
  },
  { framework: "iso-27001", provenance: "seed-talk", controls: ["A.8.24"] },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["3.5.1", "3.6.1"],
    reason:
      "The talk cites Requirement 3 as a whole; the sub-requirements are stored data made unreadable (3.5.1) and the keys that protect it (3.6.1), where account data is stored in the cluster.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["8.3.2"],
    reason:
      "Secrets hold authentication factors (tokens, passwords); encryption at rest makes them unreadable in storage.",
  },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC6.1"],
    reason:
      "The talk cites the series C1 and CC6, not criteria; the criterion this check evidences is CC6.1, whose points of focus include encryption and key protection.",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(h)"],
    reason: "The talk cites Art. 21 as a whole; encryption of stored data is point (h), cryptography and encryption.",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(a)"],
    reason: "The talk cites Art. 32 as a whole; encryption is named in 32(1)(a).",
  },
]);
