// The cluster page's "Evidence sources" panel: the ecosystem tools Lotse found in the latest
// snapshot, how healthy they look, and which checks their state feeds.

export const EVIDENCE_SOURCE_HEALTH = ["healthy", "degraded", "failing", "unknown"] as const;
export type EvidenceSourceHealth = (typeof EVIDENCE_SOURCE_HEALTH)[number];

export interface EvidenceSourceView {
  /** Stable key, e.g. `velero`, `cni:Cilium`. */
  id: string;
  /** e.g. "Velero", "Cilium", "Kyverno". */
  tool: string;
  /** e.g. "Backup", "Network (CNI)", "Admission policy". */
  category: string;
  health: EvidenceSourceHealth;
  /** One sentence: what was found and why that health. */
  detail: string;
  /** The objects it was recognised from, `Kind namespace/name` (at most a few). */
  objects: string[];
  /** Catalog check ids whose evaluators read this tool's state. */
  feeds: { checkId: string; title: string }[];
}

export interface ClusterEvidenceSourcesView {
  clusterId: string;
  /** `not-collected` before the first snapshot; `sources` is empty then. */
  state: "collected" | "not-collected";
  collectedAt: string | null;
  sources: EvidenceSourceView[];
}
