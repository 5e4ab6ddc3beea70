import { mapCheck } from "../map-check";

// Seed check 10, etcd backups and disaster recovery (scheduled, off-cluster, encrypted, restore-tested).
// Talk: CIS —, NIST CP-9/10, ISO A.8.12, PCI DSS —, SOC 2 A1.2/A1.3, NIS2 Art. 21, GDPR Art. 32.
// Not carried (backups are not redundancy, security during disruption or a written plan): ISO A.8.14
// and A.5.29, PCI DSS 12.10.1.
export const ETCD_BACKUP_MAPPINGS = mapCheck("seed.etcd-backup", [
  { framework: "nist-800-53", provenance: "seed-talk", controls: ["CP-9", "CP-10"] },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["CP-9(1)", "CP-4"],
    reason: "The check looks for restore tests, which test backup integrity and the recovery plan.",
  },
  {
    framework: "iso-27001",
    provenance: "corrected",
    controls: ["A.8.13"],
    reason: "The talk cites A.8.12, which in 2022 is data leakage prevention; backup is A.8.13, information backup.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.5.30"],
    reason: "Tested etcd backups are what makes the cluster recoverable: ICT readiness for business continuity.",
  },
  { framework: "soc2", provenance: "seed-talk", controls: ["A1.2", "A1.3"] },
  {
    framework: "soc2",
    provenance: "proposed",
    controls: ["CC7.5", "CC9.1"],
    reason: "Restorable backups are how the cluster recovers from incidents and business disruptions.",
  },
  {
    framework: "pci-dss",
    provenance: "proposed",
    controls: ["9.4.1.1"],
    reason:
      "Off-cluster, encrypted etcd snapshots are offline backups that must be stored securely if they hold account data.",
  },
  {
    framework: "nis2",
    provenance: "corrected",
    controls: ["Art. 21(2)(c)"],
    reason:
      "The talk cites Art. 21 as a whole; backup management and disaster recovery are named in point (c) (IR 2024/2690 sections 4.1, 4.2).",
  },
  {
    framework: "gdpr",
    provenance: "corrected",
    controls: ["Art. 32(1)(c)", "Art. 32(1)(b)"],
    reason:
      "The talk cites Art. 32 as a whole; restoring availability in a timely manner is 32(1)(c), and resilience is part of 32(1)(b).",
  },
]);
