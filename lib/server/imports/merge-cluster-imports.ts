import type { FindingStatus, Platform } from "@/lib/catalog/catalog-types";
import { findImportedResults } from "@/lib/server/store/imports/find-imported-results";
import { mergeImportedFindings, type ImportMerge } from "./merge-imported-findings";

/** The cluster's current findings merged with its imports in force now (see mergeImportedFindings). */
export async function mergeClusterImports<TRow extends { checkId: string; status: FindingStatus }>({
  clusterId,
  rows,
  platform,
  now = new Date(),
}: {
  clusterId: string;
  rows: readonly TRow[];
  platform: Platform | null;
  now?: Date;
}): Promise<ImportMerge<TRow>> {
  const imported = await findImportedResults({ clusterId, to: now });
  return mergeImportedFindings({ rows, imported, platform });
}
