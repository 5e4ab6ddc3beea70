// The control catalog's shape: frameworks and their controls, checks (what Lotse evaluates), and
// mappings check → control with provenance. Data lives beside this file; it is validated at start-up.

export const FINDING_STATUSES = ["PASS", "FAIL", "WARN", "NOT_APPLICABLE", "UNKNOWN", "WAIVED"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export type Severity = "critical" | "high" | "medium" | "low" | "info";

/** What one finding is about. */
export type CheckScope = "cluster" | "node" | "namespace" | "workload";

/** How a cluster runs its control plane; remediation and evidence differ per platform. */
export type Platform = "talos" | "kubeadm" | "managed";

export type CheckGroup = "seed" | "cis" | "node" | "credential";

export interface CheckDefinition {
  /** Stable id: `seed.pod-security`, `cis.1.2.1`, `node.kspp-sysctls`, `credential.expiry`. */
  id: string;
  group: CheckGroup;
  title: string;
  /** Why it matters, one or two sentences. */
  rationale: string;
  severity: Severity;
  scope: CheckScope;
  /** The snapshot parts it reads, in words (e.g. "Talos StaticPod kube-apiserver flags"). */
  evidence: string[];
  /** How to fix it, per platform; `kubernetes` = a manifest that applies on any platform. */
  remediation: Partial<Record<Platform | "kubernetes", string>>;
  /** CIS Kubernetes Benchmark facts for `cis.*` checks. */
  cis?: { id: string; automated: boolean; section: string };
}

export type FrameworkId = "cis-k8s" | "nist-800-53" | "iso-27001" | "soc2" | "pci-dss" | "nis2" | "gdpr";

export interface Control {
  /** As the framework writes it: `AC-3`, `A.8.9`, `CC6.1`, `1.2.1`, `Art. 21(2)(d)`. */
  id: string;
  title: string;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  /** The framework's own version, e.g. "1.10", "Rev. 5", "2022", "4.0". */
  version: string;
  controls: Control[];
}

/**
 * seed-talk: as the seed talk mapped it; corrected: the talk's mapping fixed (reason says what was
 * wrong); proposed: Lotse's own mapping (reason says why it fits); benchmark: the check is the
 * framework's own recommendation (CIS check → the same CIS control).
 */
export type MappingProvenance = "seed-talk" | "corrected" | "proposed" | "benchmark";

export interface Mapping {
  checkId: string;
  frameworkId: FrameworkId;
  controlId: string;
  provenance: MappingProvenance;
  /** Required for `corrected` (what was wrong) and `proposed` (why it fits). */
  reason?: string;
}

export interface Catalog {
  /** Semantic version of the catalog data; stored with every evaluation. */
  version: string;
  frameworks: Framework[];
  checks: CheckDefinition[];
  mappings: Mapping[];
}
