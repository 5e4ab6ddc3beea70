// Findings as the API returns them (shared by routes and UI).
import type { ImportedCheckNote, ImportProvenance } from "./import-view";

export type FindingStatusView = "PASS" | "FAIL" | "WARN" | "NOT_APPLICABLE" | "UNKNOWN" | "WAIVED";

/** Failing and unknown first, as an engineer reads a cluster. */
export const FINDING_STATUS_ORDER: readonly FindingStatusView[] = [
  "FAIL",
  "UNKNOWN",
  "WARN",
  "WAIVED",
  "PASS",
  "NOT_APPLICABLE",
];

export interface FindingView {
  checkId: string;
  checkTitle: string;
  severity: string;
  subject: { kind: string; name?: string; namespace?: string; apiKind?: string };
  status: FindingStatusView;
  /** The evaluator's verdict; FAIL under a waiver shows WAIVED in `status`. */
  rawStatus: FindingStatusView;
  message: string;
  evidence: { source: string; value: unknown; note?: string }[];
  /** Remediation for the cluster's platform (and the generic Kubernetes one when given). */
  remediation: { platform: string | null; kubernetes: string | null };
  waiverId: string | null;
  /** Since when the finding has had exactly this state. */
  since: string;
  controls: { frameworkId: string; controlId: string; provenance: string }[];
  /** Set when the finding comes from an imported scanner result, not from Lotse's own evaluation. */
  importedFrom?: ImportProvenance;
  /** Imported scanner results for this check and how each counted (false positive, superseded, …). */
  importNotes?: ImportedCheckNote[];
}

export interface EvaluationRef {
  id: string;
  catalogVersion: string;
  evaluatedAt: string;
  snapshotHash: string;
}

export interface ClusterFindingsView {
  evaluation: EvaluationRef | null;
  platform: string | null;
  items: FindingView[];
}
