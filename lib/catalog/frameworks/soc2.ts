import type { Framework } from "../catalog-types";

// SOC 2, 2017 Trust Services Criteria (points of focus revised 2022): only the criteria Lotse's
// mappings reference. The criteria have no official short titles (only the series are named: CC6
// Logical and Physical Access Controls, CC7 System Operations, CC8 Change Management, CC9 Risk
// Mitigation, A1 Availability), so the titles below are Lotse's own paraphrases, not AICPA text.

export const SOC2: Framework = {
  id: "soc2",
  name: "SOC 2 Trust Services Criteria",
  version: "2017",
  controls: [
    {
      id: "CC6.1",
      title: "Logical access security software, infrastructure and architectures protect information assets",
    },
    {
      id: "CC6.2",
      title: "Users are registered and authorized before credentials are issued, and removed when access ends",
    },
    { id: "CC6.3", title: "Access is granted, changed and removed by role, with least privilege" },
    { id: "CC6.6", title: "Logical access measures protect against threats from outside the system boundary" },
    { id: "CC6.8", title: "Unauthorized or malicious software is prevented or detected" },
    {
      id: "CC7.1",
      title: "Configuration changes that introduce vulnerabilities, and new vulnerabilities, are detected",
    },
    { id: "CC7.2", title: "Components are monitored for anomalies that indicate malicious acts, disasters or errors" },
    { id: "CC7.3", title: "Security events are evaluated to decide whether they are incidents" },
    { id: "CC7.5", title: "The entity recovers from identified incidents" },
    { id: "CC8.1", title: "Changes are authorized, designed, tested, approved and implemented" },
    { id: "CC9.1", title: "Risks from potential business disruptions are mitigated" },
    { id: "A1.2", title: "Environmental protections, backup processes and recovery infrastructure are in place" },
    { id: "A1.3", title: "Recovery plan procedures are tested" },
  ],
};
