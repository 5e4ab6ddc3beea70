// A framework, control by control, for one cluster (shared by routes and UI).
import type { FindingStatusView } from "./finding-view";
import type { ImportedCheckNote } from "./import-view";

export type ControlStatusView = FindingStatusView | "UNASSESSED";

export interface FrameworkControlView {
  id: string;
  title: string;
  status: ControlStatusView;
  checks: {
    checkId: string;
    title: string;
    status: FindingStatusView;
    provenance: string;
    /** Why a corrected or proposed mapping holds. */
    reason: string | null;
    /** Imported scanner results for this check (kube-bench, Trivy, Kubescape) and how each counted. */
    imported?: ImportedCheckNote[];
  }[];
}

export interface ClusterFrameworkView {
  frameworkId: string;
  name: string;
  version: string;
  catalogVersion: string;
  /** PASS / (PASS + FAIL) over assessable controls; null when none is assessable. */
  score: number | null;
  counts: {
    pass: number;
    fail: number;
    unknown: number;
    warn: number;
    waived: number;
    notApplicable: number;
    unassessed: number;
  };
  evaluatedAt: string | null;
  controls: FrameworkControlView[];
}
