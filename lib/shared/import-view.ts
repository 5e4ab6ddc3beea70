// Scanner imports (kube-bench, Trivy, Kubescape result files) as the API returns them.

export const SCANNER_TOOLS = ["kube-bench", "trivy", "kubescape"] as const;
export type ScannerTool = (typeof SCANNER_TOOLS)[number];

export const SCANNER_TOOL_LABELS: Record<ScannerTool, string> = {
  "kube-bench": "kube-bench",
  trivy: "Trivy",
  kubescape: "Kubescape",
};

/** A scanner's status normalised: only PASS and FAIL are verdicts; WARN needs review, UNKNOWN is informational. */
export type ImportedStatus = "PASS" | "FAIL" | "WARN" | "UNKNOWN";

export interface ImportCounts {
  total: number;
  pass: number;
  fail: number;
  warn: number;
  unknown: number;
  /** Results that map to a Lotse catalog check. */
  mapped: number;
  unmapped: number;
}

export interface ScannerImportView {
  id: string;
  clusterId: string;
  tool: ScannerTool;
  toolVersion: string | null;
  benchmark: string | null;
  node: string | null;
  fileName: string | null;
  sha256: string;
  sizeBytes: number;
  importedAt: string;
  importedBy: string;
  expiresAt: string;
  isExpired: boolean;
  counts: ImportCounts;
}

export interface ScannerImportListView {
  items: ScannerImportView[];
  /** How long an import counts, in days (LOTSE_IMPORT_MAX_AGE_DAYS). */
  maxAgeDays: number;
  /** Largest accepted file, in bytes (LOTSE_IMPORT_MAX_BYTES). */
  maxBytes: number;
}

/**
 * How an imported result entered the control view:
 * adopted — it answers the check (Lotse's own evidence could not: UNKNOWN or review);
 * false-positive — a known architectural false positive of the scanner on this platform;
 * superseded — Lotse's own evidence decides the check (the reason says whether they agree);
 * informational — no verdict (WARN/UNKNOWN) that could change the check.
 */
export type ImportDisposition = "adopted" | "false-positive" | "superseded" | "informational";

/** Where an imported finding came from: what a reader needs to weigh it. */
export interface ImportProvenance {
  importId: string;
  tool: ScannerTool;
  toolVersion: string | null;
  benchmark: string | null;
  node: string | null;
  importedAt: string;
  expiresAt: string;
}

export interface ImportedCheckNote extends ImportProvenance {
  externalId: string;
  status: ImportedStatus;
  rawStatus: string;
  disposition: ImportDisposition;
  reason: string;
}
