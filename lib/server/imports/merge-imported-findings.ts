import type { FindingStatus, Platform } from "@/lib/catalog/catalog-types";
import type {
  ImportDisposition,
  ImportedCheckNote,
  ImportedStatus,
  ImportProvenance,
  ScannerTool,
} from "@/lib/shared/import-view";
import { TALOS_KUBE_BENCH_FALSE_POSITIVES } from "./talos-false-positives";

/** A mapped result of an import still in force (not expired), as the merge reads it. */
export interface ActiveImportedResult {
  importId: string;
  tool: ScannerTool;
  toolVersion: string | null;
  benchmark: string | null;
  node: string | null;
  importedAt: Date;
  expiresAt: Date;
  externalId: string;
  checkId: string;
  title: string;
  status: ImportedStatus;
  rawStatus: string;
  remediation: string | null;
  detail: string | null;
}

/** An imported result that answers its check in the control view. */
export interface AdoptedFinding {
  checkId: string;
  subjectKey: string;
  subject: { kind: "cluster" } | { kind: "node"; name: string };
  status: "PASS" | "FAIL";
  message: string;
  result: ActiveImportedResult;
  provenance: ImportProvenance;
}

export interface ImportMerge<TRow> {
  /** What the scores are computed from: Lotse's own findings that stand, plus adopted imports. */
  findings: { checkId: string; status: FindingStatus }[];
  /** Lotse's own rows that still stand (rows an adopted import answered are left out). */
  ownRows: TRow[];
  adopted: AdoptedFinding[];
  /** Every imported result per check, with how it entered and why. */
  notes: Map<string, ImportedCheckNote[]>;
}

/** Own verdicts that decide a check; UNKNOWN (not visible) and WARN (review on the node) do not. */
const DECIDING: ReadonlySet<FindingStatus> = new Set(["PASS", "FAIL", "NOT_APPLICABLE", "WAIVED"]);

export function provenanceOf(result: ActiveImportedResult): ImportProvenance {
  return {
    importId: result.importId,
    tool: result.tool,
    toolVersion: result.toolVersion,
    benchmark: result.benchmark,
    node: result.node,
    importedAt: result.importedAt.toISOString(),
    expiresAt: result.expiresAt.toISOString(),
  };
}

/** Per check, tool and node, only the newest import's result counts (a re-run replaces the last one). */
function newestPerSubject(results: readonly ActiveImportedResult[]): ActiveImportedResult[] {
  const newest = new Map<string, ActiveImportedResult>();
  for (const result of results) {
    const key = `${result.checkId}\u0000${result.tool}\u0000${result.node ?? ""}`;
    const known = newest.get(key);
    if (
      !known ||
      known.importedAt < result.importedAt ||
      (known.importedAt.getTime() === result.importedAt.getTime() && known.importId < result.importId)
    )
      newest.set(key, result);
  }
  return [...newest.values()].sort(
    (a, b) =>
      a.checkId.localeCompare(b.checkId) || a.tool.localeCompare(b.tool) || (a.node ?? "").localeCompare(b.node ?? ""),
  );
}

function judge({
  result,
  platform,
  own,
}: {
  result: ActiveImportedResult;
  platform: Platform | null;
  own: readonly FindingStatus[];
}): { disposition: ImportDisposition; reason: string } {
  const falsePositive = TALOS_KUBE_BENCH_FALSE_POSITIVES.get(result.checkId);
  if (platform === "talos" && falsePositive && (result.status === "FAIL" || result.status === "WARN")) {
    return { disposition: "false-positive", reason: `Known architectural false positive on Talos. ${falsePositive}` };
  }
  const deciding = own.filter((status) => DECIDING.has(status));
  if (deciding.length > 0) {
    const lotse = [...new Set(deciding)].join("/");
    const agrees = deciding.every((status) => status === result.status);
    return {
      disposition: "superseded",
      reason: agrees
        ? `Agrees with Lotse's own evidence (${lotse}), which decides the check.`
        : `Lotse's own evidence (${lotse}) decides the check; the scanner said ${result.status}.`,
    };
  }
  if (result.status === "PASS" || result.status === "FAIL") {
    return {
      disposition: "adopted",
      reason:
        own.length > 0
          ? `Lotse could not assess this through the APIs (${[...new Set(own)].join("/")}); the scanner's node-level result answers it.`
          : "Lotse has no finding for this check; the scanner's result answers it.",
    };
  }
  return { disposition: "informational", reason: `The scanner gave no verdict (${result.rawStatus}).` };
}

/**
 * Merges a cluster's imported scanner results into its own findings, check by check: Lotse's own
 * deciding evidence wins; on Talos, kube-bench's known architectural false positives are marked as
 * such and never count; an import answers a check only where Lotse's own finding is UNKNOWN or a
 * review (WARN), e.g. the node file-permission checks of a kubeadm cluster. Pure.
 */
export function mergeImportedFindings<TRow extends { checkId: string; status: FindingStatus }>({
  rows,
  imported,
  platform,
}: {
  rows: readonly TRow[];
  imported: readonly ActiveImportedResult[];
  platform: Platform | null;
}): ImportMerge<TRow> {
  const ownByCheck = new Map<string, FindingStatus[]>();
  for (const row of rows) ownByCheck.set(row.checkId, [...(ownByCheck.get(row.checkId) ?? []), row.status]);
  const notes = new Map<string, ImportedCheckNote[]>();
  const adopted: AdoptedFinding[] = [];
  for (const result of newestPerSubject(imported)) {
    const { disposition, reason } = judge({ result, platform, own: ownByCheck.get(result.checkId) ?? [] });
    const provenance = provenanceOf(result);
    const note: ImportedCheckNote = {
      ...provenance,
      externalId: result.externalId,
      status: result.status,
      rawStatus: result.rawStatus,
      disposition,
      reason,
    };
    notes.set(result.checkId, [...(notes.get(result.checkId) ?? []), note]);
    if (disposition !== "adopted" || (result.status !== "PASS" && result.status !== "FAIL")) continue;
    adopted.push({
      checkId: result.checkId,
      subjectKey: result.node ? `node/${result.node}` : "cluster",
      subject: result.node ? { kind: "node", name: result.node } : { kind: "cluster" },
      status: result.status,
      message: `${result.tool} ${result.externalId}: ${result.status}${result.detail ? ` (${result.detail})` : ""}`,
      result,
      provenance,
    });
  }
  const answered = new Set(adopted.map((finding) => finding.checkId));
  const ownRows = rows.filter((row) => !answered.has(row.checkId));
  return {
    findings: [
      ...ownRows.map((row) => ({ checkId: row.checkId, status: row.status })),
      ...adopted.map((finding) => ({ checkId: finding.checkId, status: finding.status as FindingStatus })),
    ],
    ownRows,
    adopted,
    notes,
  };
}
