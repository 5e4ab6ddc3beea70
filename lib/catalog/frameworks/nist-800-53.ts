import type { Framework } from "../catalog-types";

// NIST SP 800-53 Rev. 5: only the controls and enhancements Lotse's mappings reference. Titles are
// the official ones from NIST's OSCAL catalog (release 5.1.1); CM-14, SI-2(5), SI-14 and SR-11 are
// outside the HIGH baseline that was read, their titles come from secondary copies of the catalog.
// Ids as NIST labels them: `AC-6`, enhancement `AC-6(9)` (OSCAL ids are `ac-6`, `ac-6.9`).

export const NIST_800_53: Framework = {
  id: "nist-800-53",
  name: "NIST SP 800-53",
  version: "Rev. 5",
  controls: [
    // AC Access Control
    { id: "AC-2", title: "Account Management" },
    { id: "AC-3", title: "Access Enforcement" },
    { id: "AC-4", title: "Information Flow Enforcement" },
    { id: "AC-6", title: "Least Privilege" },
    { id: "AC-6(9)", title: "Log Use of Privileged Functions" },
    { id: "AC-14", title: "Permitted Actions Without Identification or Authentication" },
    { id: "AC-17", title: "Remote Access" },
    // AU Audit and Accountability
    { id: "AU-2", title: "Event Logging" },
    { id: "AU-3", title: "Content of Audit Records" },
    { id: "AU-9", title: "Protection of Audit Information" },
    { id: "AU-11", title: "Audit Record Retention" },
    { id: "AU-12", title: "Audit Record Generation" },
    // CM Configuration Management
    { id: "CM-2", title: "Baseline Configuration" },
    { id: "CM-5", title: "Access Restrictions for Change" },
    { id: "CM-6", title: "Configuration Settings" },
    { id: "CM-7", title: "Least Functionality" },
    { id: "CM-7(5)", title: "Authorized Software — Allow-by-exception" },
    { id: "CM-14", title: "Signed Components" },
    // CP Contingency Planning
    { id: "CP-4", title: "Contingency Plan Testing" },
    { id: "CP-9", title: "System Backup" },
    { id: "CP-9(1)", title: "Testing for Reliability and Integrity" },
    { id: "CP-10", title: "System Recovery and Reconstitution" },
    // IA Identification and Authentication
    { id: "IA-2", title: "Identification and Authentication (Organizational Users)" },
    { id: "IA-5", title: "Authenticator Management" },
    // RA Risk Assessment
    { id: "RA-5", title: "Vulnerability Monitoring and Scanning" },
    // SA System and Services Acquisition
    { id: "SA-22", title: "Unsupported System Components" },
    // SC System and Communications Protection
    { id: "SC-7", title: "Boundary Protection" },
    { id: "SC-7(5)", title: "Deny by Default — Allow by Exception" },
    { id: "SC-12", title: "Cryptographic Key Establishment and Management" },
    { id: "SC-13", title: "Cryptographic Protection" },
    { id: "SC-28", title: "Protection of Information at Rest" },
    { id: "SC-28(1)", title: "Cryptographic Protection" },
    { id: "SC-39", title: "Process Isolation" },
    // SI System and Information Integrity
    { id: "SI-2", title: "Flaw Remediation" },
    { id: "SI-2(2)", title: "Automated Flaw Remediation Status" },
    { id: "SI-2(5)", title: "Automatic Software and Firmware Updates" },
    { id: "SI-7", title: "Software, Firmware, and Information Integrity" },
    { id: "SI-7(15)", title: "Code Authentication" },
    { id: "SI-14", title: "Non-persistence" },
    // SR Supply Chain Risk Management
    { id: "SR-3", title: "Supply Chain Controls and Processes" },
    { id: "SR-11", title: "Component Authenticity" },
  ],
};
