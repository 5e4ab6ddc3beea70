import type { Framework } from "../catalog-types";

// ISO/IEC 27001:2022 Annex A: only the controls Lotse's mappings reference, with their 2022 ids and
// titles. 2022 has four themes (A.5 organizational, A.6 people, A.7 physical, A.8 technological);
// any A.9–A.18 id is 2013 numbering and is not used here (the seed talk's A.9.4.1 is A.8.3 in 2022).

export const ISO_27001: Framework = {
  id: "iso-27001",
  name: "ISO/IEC 27001 Annex A",
  version: "2022",
  controls: [
    { id: "A.5.15", title: "Access control" },
    { id: "A.5.17", title: "Authentication information" },
    { id: "A.5.18", title: "Access rights" },
    { id: "A.5.21", title: "Managing information security in the ICT supply chain" },
    { id: "A.5.30", title: "ICT readiness for business continuity" },
    { id: "A.8.2", title: "Privileged access rights" },
    { id: "A.8.3", title: "Information access restriction" },
    { id: "A.8.5", title: "Secure authentication" },
    { id: "A.8.7", title: "Protection against malware" },
    { id: "A.8.8", title: "Management of technical vulnerabilities" },
    { id: "A.8.9", title: "Configuration management" },
    { id: "A.8.13", title: "Information backup" },
    { id: "A.8.15", title: "Logging" },
    { id: "A.8.16", title: "Monitoring activities" },
    { id: "A.8.19", title: "Installation of software on operational systems" },
    { id: "A.8.20", title: "Networks security" },
    { id: "A.8.22", title: "Segregation of networks" },
    { id: "A.8.24", title: "Use of cryptography" },
    { id: "A.8.27", title: "Secure system architecture and engineering principles" },
    { id: "A.8.32", title: "Change management" },
  ],
};
