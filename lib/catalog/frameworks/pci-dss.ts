import type { Framework } from "../catalog-types";

// PCI DSS v4.0: only the requirements Lotse's mappings reference (the numbering used is unchanged
// in v4.0.1). Titles are Lotse's own short paraphrases, not the standard's text. PCI DSS applies
// only to clusters in the cardholder data environment (CDE).

export const PCI_DSS: Framework = {
  id: "pci-dss",
  name: "PCI DSS",
  version: "4.0",
  controls: [
    // 1 Install and Maintain Network Security Controls
    { id: "1.2.1", title: "Network security control rulesets follow defined configuration standards" },
    { id: "1.3.1", title: "Inbound traffic to the CDE is limited to what is necessary; all else is denied" },
    { id: "1.3.2", title: "Outbound traffic from the CDE is limited to what is necessary; all else is denied" },
    { id: "1.4.1", title: "Network security controls sit between trusted and untrusted networks" },
    { id: "1.4.2", title: "Inbound traffic from untrusted networks is restricted" },
    // 2 Apply Secure Configurations to All System Components
    { id: "2.2.1", title: "Configuration standards are consistent with industry hardening standards" },
    { id: "2.2.4", title: "Only necessary functionality is enabled" },
    { id: "2.2.6", title: "Security parameters are set to prevent misuse" },
    // 3 Protect Stored Account Data
    { id: "3.5.1", title: "PAN is unreadable wherever it is stored" },
    { id: "3.6.1", title: "Keys that protect stored account data are protected" },
    // 5 Protect All Systems and Networks from Malicious Software
    { id: "5.2", title: "Malware is prevented or detected" },
    // 6 Develop and Maintain Secure Systems and Software
    { id: "6.3.1", title: "Vulnerabilities are identified and risk-ranked" },
    { id: "6.3.2", title: "An inventory of bespoke and third-party software components is kept" },
    { id: "6.3.3", title: "Critical security patches are installed within one month" },
    // 7 Restrict Access to System Components and Cardholder Data by Business Need to Know
    { id: "7.2.1", title: "An access control model is defined" },
    { id: "7.2.2", title: "Access is assigned by job function with least privilege" },
    { id: "7.2.5", title: "System and application accounts have least privilege" },
    // 8 Identify Users and Authenticate Access to System Components
    { id: "8.2.1", title: "Every user has a unique ID" },
    { id: "8.2.2", title: "Shared or generic IDs are used only by exception" },
    { id: "8.3.2", title: "Strong cryptography makes authentication factors unreadable in transit and storage" },
    // 9 (media backups)
    { id: "9.4.1.1", title: "Offline media backups with cardholder data are stored securely" },
    // 10 Log and Monitor All Access to System Components and Cardholder Data
    { id: "10.2.1", title: "Audit logs are enabled and active for all system components" },
    { id: "10.2.1.2", title: "Administrative actions are logged" },
    { id: "10.2.2", title: "Audit logs record the required details for each event" },
    { id: "10.3.3", title: "Audit logs are promptly backed up to a central store that is hard to alter" },
    { id: "10.5.1", title: "Audit logs are kept for 12 months, the last three immediately available" },
    // 11 Test Security of Systems and Networks Regularly
    { id: "11.3.1", title: "Internal vulnerability scans are run at least quarterly" },
    // 12 Support Information Security with Organizational Policies and Programs
    { id: "12.3.4", title: "Hardware and software technologies are reviewed yearly, including end of life" },
  ],
};
