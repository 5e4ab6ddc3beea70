import type { ImportCounts, ScannerImportView, ScannerTool } from "@/lib/shared/import-view";
import type { ScannerImportRow } from "@/lib/server/store/imports/insert-scanner-import";

export function toImportView(row: ScannerImportRow, now: Date): ScannerImportView {
  return {
    id: row.id,
    clusterId: row.clusterId,
    tool: row.tool as ScannerTool,
    toolVersion: row.toolVersion,
    benchmark: row.benchmark,
    node: row.node,
    fileName: row.fileName,
    sha256: row.sha256,
    sizeBytes: row.sizeBytes,
    importedAt: row.importedAt.toISOString(),
    importedBy: row.importedBy,
    expiresAt: row.expiresAt.toISOString(),
    isExpired: row.expiresAt <= now,
    counts: row.counts as unknown as ImportCounts,
  };
}
