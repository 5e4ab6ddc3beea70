import { getDb } from "@/lib/server/store/db";
import type { ImportedResult, ScannerImport } from "@/lib/server/store/generated/client";

export type ScannerImportRow = ScannerImport;
export type ImportedResultRow = ImportedResult;

export type NewImportedResult = Omit<ImportedResult, "id" | "importId">;

/** Stores one import and all its results in one transaction: a failed write leaves nothing behind. */
export async function insertScannerImport({
  data,
  results,
}: {
  data: Omit<ScannerImport, "id" | "counts"> & { counts: Record<string, number> };
  results: NewImportedResult[];
}): Promise<ScannerImportRow> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.scannerImport.create({ data });
    await tx.importedResult.createMany({ data: results.map((result) => ({ ...result, importId: row.id })) });
    return row;
  });
}
