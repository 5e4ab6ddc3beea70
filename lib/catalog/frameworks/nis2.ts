import type { Framework } from "../catalog-types";

// NIS2, Directive (EU) 2022/2555, Art. 21 "Cybersecurity risk-management measures": the points of
// Art. 21(2) that Lotse's mappings reference. (a) and (f) are policy duties and (j) asks for
// multi-factor authentication, which no check evidences.
// The Implementing Regulation (EU) 2024/2690 annex is not a control set here: it binds only some
// entity types (DNS, cloud, data centre, managed service providers, …); its sections elaborate
// these points and are cited in mapping reasons instead.

export const NIS2: Framework = {
  id: "nis2",
  name: "NIS2 Directive, Art. 21",
  version: "(EU) 2022/2555",
  controls: [
    { id: "Art. 21(2)(b)", title: "Incident handling" },
    {
      id: "Art. 21(2)(c)",
      title: "Business continuity, such as backup management and disaster recovery, and crisis management",
    },
    { id: "Art. 21(2)(d)", title: "Supply chain security" },
    {
      id: "Art. 21(2)(e)",
      title:
        "Security in network and information systems acquisition, development and maintenance, including vulnerability handling and disclosure",
    },
    { id: "Art. 21(2)(g)", title: "Basic cyber hygiene practices and cybersecurity training" },
    { id: "Art. 21(2)(h)", title: "Policies and procedures regarding cryptography and, where appropriate, encryption" },
    { id: "Art. 21(2)(i)", title: "Human resources security, access control policies and asset management" },
  ],
};
