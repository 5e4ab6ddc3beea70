import { mapCheck, numbered } from "../map-check";

// Seed check 6, anonymous auth disabled and no RBAC bindings to anonymous or unauthenticated subjects.
// Talk: CIS 1.2.1, NIST AC/IA, ISO A.5.X, PCI DSS Req. 7/8, SOC 2 CC6/7, NIS2 Art. 21, GDPR Art. 32.
// Not carried: CIS 3.1.1–3.1.3 (how users authenticate is not read), PCI DSS 7.2.4 (a six-monthly
// review is a process), NIS2 Art. 21(2)(j) (disabling anonymous access is not multi-factor auth).
export const ANONYMOUS_RBAC_MAPPINGS = mapCheck("seed.anonymous-rbac", [
  { framework: "cis-k8s", provenance: "seed-talk", controls: ["1.2.1"] },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: ["4.2.1", "1.2.6", "1.2.7", "1.2.8", "4.2.2"],
    reason:
      "Anonymous access is decided by the API server and kubelet authentication and authorization settings, which the check reads.",
  },
  {
    framework: "cis-k8s",
    provenance: "proposed",
    controls: numbered("5.1", 1, 13),
    reason:
      "Rights granted to anonymous, unauthenticated or all authenticated subjects undo least-privilege RBAC; the check reads the same bindings.",
  },
  {
    framework: "nist-800-53",
    provenance: "corrected",
    controls: ["AC-3", "AC-6", "AC-14", "IA-2"],
    reason:
      "The talk cites the families AC and IA, not controls; the concrete ones are access enforcement, least privilege, actions permitted without authentication, and user identification.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["AC-2"],
    reason: "Bindings to system:anonymous or system:unauthenticated grant rights outside any managed account.",
  },
  {
    framework: "iso-27001",
    provenance: "corrected",
    controls: ["A.5.15", "A.5.18", "A.8.2", "A.8.5"],
    reason:
      "The talk cites A.5.X, a theme, not a control; the concrete ones are access control, access rights, privileged access rights and secure authentication.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.3"],
    reason: "Without anonymous access, API resources are reachable only by identities the access rules name.",
  },
  {
    framework: "pci-dss",
    provenance: "corrected",
    controls: ["7.2.1", "7.2.2", "7.2.5", "8.2.1", "8.2.2"],
    reason:
      "The talk cites Requirements 7 and 8 as a whole; anonymous access bypasses the access model and least privilege (7.2.x), and is an unidentified, shared identity (8.2.1, 8.2.2).",
  },
  {
    framework: "soc2",
    provenance: "corrected",
    controls: ["CC6.1", "CC6.2", "CC6.3"],
    reason:
      "The talk cites the series CC6 and CC7; the criteria are CC6.1 to CC6.3 (access security, registered users only, role-based least privilege). No CC7 criterion is about access.",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(i)"],
    reason: "The talk cites Art. 21 as a whole; access control policies are point (i) (IR 2024/2690 section 11).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(b)"],
    reason: "The talk cites Art. 32 as a whole; preventing unauthenticated access serves confidentiality, 32(1)(b).",
  },
  {
    framework: "gdpr",
    provenance: "proposed",
    controls: ["Art. 25(2)"],
    reason:
      "Art. 25(2) asks that data is not made accessible to an indefinite number of persons by default; anonymous access does that.",
  },
]);
