import { readEnv } from "@/lib/server/config/read-env";
import { AppError } from "@/lib/server/http/app-error";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findScannerImports } from "@/lib/server/store/imports/find-scanner-imports";
import type { ScannerImportListView } from "@/lib/shared/import-view";
import { toImportView } from "./to-import-view";

/** The cluster's imports, newest first, with the limits the upload form shows. */
export async function listScannerImports({
  clusterId,
  limit = 50,
  now = new Date(),
}: {
  clusterId: string;
  limit?: number;
  now?: Date;
}): Promise<ScannerImportListView> {
  if (!(await findCluster({ id: clusterId }))) throw new AppError("not_found", "No such cluster.");
  const rows = await findScannerImports({ clusterId, limit });
  const env = readEnv();
  return {
    items: rows.map((row) => toImportView(row, now)),
    maxAgeDays: env.LOTSE_IMPORT_MAX_AGE_DAYS,
    maxBytes: env.LOTSE_IMPORT_MAX_BYTES,
  };
}
