import type { ImportedStatus, ScannerTool } from "@/lib/shared/import-view";

/** One check result as a scanner reported it, before it is mapped to the catalog. */
export interface ParsedResult {
  /** The scanner's id for the check: kube-bench test number, Trivy control id, Kubescape control id. */
  externalId: string;
  /** The CIS recommendation number the result claims to answer, when the scanner states one. */
  cisId: string | null;
  title: string;
  status: ImportedStatus;
  rawStatus: string;
  severity: string | null;
  remediation: string | null;
  detail: string | null;
}

/** A scanner result file, recognised and read into one shape. */
export interface ParsedScan {
  tool: ScannerTool;
  toolVersion: string | null;
  /** The benchmark or report the file says it ran ("cis-1.10", "k8s-cis-1.23", "cis-v1.10.0"). */
  benchmark: string | null;
  /** True when `cisId` numbers are CIS Kubernetes Benchmark 1.10 numbers by the file's own statement. */
  isCis110: boolean;
  results: ParsedResult[];
}

/** Longest text kept from one field of an uploaded file; the rest is cut (results stay readable, rows stay small). */
export const MAX_FIELD_CHARS = 2_000;

export function clip(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  return text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS - 1)}…` : text;
}
