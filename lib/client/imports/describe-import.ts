import { SCANNER_TOOL_LABELS, type ImportDisposition, type ScannerImportView } from "@/lib/shared/import-view";

export const DISPOSITION_LABELS: Record<ImportDisposition, string> = {
  adopted: "counts",
  "false-positive": "false positive",
  superseded: "Lotse's evidence decides",
  informational: "no verdict",
};

/** "kube-bench · cis-1.10 · node cp-1" */
export function describeImportSource(
  item: Pick<ScannerImportView, "tool" | "toolVersion" | "benchmark" | "node">,
): string {
  return [
    `${SCANNER_TOOL_LABELS[item.tool]}${item.toolVersion ? ` ${item.toolVersion}` : ""}`,
    item.benchmark,
    item.node ? `node ${item.node}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** "83 results: 79 pass, 2 fail, 2 warn · 83 mapped" */
export function describeImportCounts(counts: ScannerImportView["counts"]): string {
  const parts = [
    counts.pass ? `${counts.pass} pass` : null,
    counts.fail ? `${counts.fail} fail` : null,
    counts.warn ? `${counts.warn} warn` : null,
    counts.unknown ? `${counts.unknown} no verdict` : null,
  ].filter(Boolean);
  const mapped = counts.unmapped ? `${counts.mapped} mapped, ${counts.unmapped} not mapped` : `${counts.mapped} mapped`;
  return `${counts.total} results: ${parts.join(", ")} · ${mapped}`;
}
