import { getDb } from "@/lib/server/store/db";
import type { ActiveImportedResult } from "@/lib/server/imports/merge-imported-findings";
import type { ImportedStatus, ScannerTool } from "@/lib/shared/import-view";

/**
 * The mapped results of a cluster's imports in force at some instant of [from, to] (imported by
 * `to`, not expired before `from`); `from` omitted = at `to`. Ordered for stable output.
 */
export async function findImportedResults({
  clusterId,
  to,
  from,
}: {
  clusterId: string;
  to: Date;
  from?: Date | null;
}): Promise<ActiveImportedResult[]> {
  const rows = await getDb().importedResult.findMany({
    where: {
      checkId: { not: null },
      scanImport: { clusterId, importedAt: { lte: to }, expiresAt: { gt: from ?? to } },
    },
    include: { scanImport: true },
    orderBy: [{ checkId: "asc" }, { scanImport: { importedAt: "asc" } }, { id: "asc" }],
  });
  return rows.map(({ scanImport, ...result }) => ({
    importId: scanImport.id,
    tool: scanImport.tool as ScannerTool,
    toolVersion: scanImport.toolVersion,
    benchmark: scanImport.benchmark,
    node: scanImport.node,
    importedAt: scanImport.importedAt,
    expiresAt: scanImport.expiresAt,
    externalId: result.externalId,
    checkId: result.checkId!,
    title: result.title,
    status: result.status as ImportedStatus,
    rawStatus: result.rawStatus,
    remediation: result.remediation,
    detail: result.detail,
  }));
}
