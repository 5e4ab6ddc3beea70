import { getDb } from "@/lib/server/store/db";
import type { ScannerImportRow } from "./insert-scanner-import";

/** A cluster's imports, newest first (expired ones included: they stay listed). */
export function findScannerImports({
  clusterId,
  limit,
}: {
  clusterId: string;
  limit: number;
}): Promise<ScannerImportRow[]> {
  return getDb().scannerImport.findMany({
    where: { clusterId },
    orderBy: [{ importedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
