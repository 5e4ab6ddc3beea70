import { createHash } from "node:crypto";
import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { Actor } from "@/lib/server/auth/actor";
import { readEnv } from "@/lib/server/config/read-env";
import { CATALOG } from "@/lib/catalog/catalog";
import { AppError } from "@/lib/server/http/app-error";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { insertScannerImport, type NewImportedResult } from "@/lib/server/store/imports/insert-scanner-import";
import type { ImportCounts, ScannerImportView } from "@/lib/shared/import-view";
import { parseScannerDocument } from "./detect-scanner-format";
import { mapCisCheck } from "./map-cis-check";
import type { ParsedScan } from "./parsed-scan";
import { readJsonDocument } from "./read-json-document";
import type { ImportUpload } from "./read-import-upload";
import { toImportView } from "./to-import-view";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Maps every result to a catalog check (or none) and counts them. */
export function toImportedResults({
  scan,
  checks,
}: {
  scan: ParsedScan;
  checks: ReadonlyMap<string, CheckDefinition>;
}): { results: NewImportedResult[]; counts: ImportCounts } {
  const counts: ImportCounts = { total: 0, pass: 0, fail: 0, warn: 0, unknown: 0, mapped: 0, unmapped: 0 };
  const results = scan.results.map((result) => {
    const mapping = mapCisCheck({ cisId: result.cisId, title: result.title, isCis110: scan.isCis110, checks });
    counts.total++;
    counts[
      result.status === "PASS"
        ? "pass"
        : result.status === "FAIL"
          ? "fail"
          : result.status === "WARN"
            ? "warn"
            : "unknown"
    ]++;
    counts[mapping.checkId ? "mapped" : "unmapped"]++;
    return {
      externalId: result.externalId,
      checkId: mapping.checkId,
      title: result.title,
      status: result.status,
      rawStatus: result.rawStatus,
      severity: result.severity,
      remediation: result.remediation,
      detail: mapping.checkId
        ? result.detail
        : [result.detail, `not mapped: ${mapping.reason}`].filter(Boolean).join(" — "),
    };
  });
  return { results, counts };
}

/**
 * Imports one scanner result file for a cluster: recognises the format, maps results to catalog
 * checks, stores the import (expiring after LOTSE_IMPORT_MAX_AGE_DAYS) and audit-logs it. A bad
 * file is a 4xx and stores nothing (the refusal is audit-logged too).
 */
export async function importScannerResults({
  clusterId,
  upload,
  node,
  actor,
  now = new Date(),
}: {
  clusterId: string;
  upload: ImportUpload;
  node: string | null;
  actor: Actor;
  now?: Date;
}): Promise<ScannerImportView> {
  if (!(await findCluster({ id: clusterId }))) throw new AppError("not_found", "No such cluster.");
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  let scan: ParsedScan;
  try {
    scan = parseScannerDocument(readJsonDocument(upload.bytes));
  } catch (error) {
    if (error instanceof AppError) {
      await recordAuditEvent({
        actor,
        action: "cluster.import",
        outcome: "failure",
        target: { type: "cluster", id: clusterId },
        details: { sha256, sizeBytes: upload.bytes.byteLength, reason: error.message.slice(0, 300) },
      });
    }
    throw error;
  }
  const checks = new Map(CATALOG.checks.map((check) => [check.id, check]));
  const { results, counts } = toImportedResults({ scan, checks });
  const row = await insertScannerImport({
    data: {
      clusterId,
      tool: scan.tool,
      toolVersion: scan.toolVersion,
      benchmark: scan.benchmark,
      node,
      fileName: upload.fileName,
      sha256,
      sizeBytes: upload.bytes.byteLength,
      importedAt: now,
      importedById: actor.userId ?? null,
      importedBy: actor.label,
      expiresAt: new Date(now.getTime() + readEnv().LOTSE_IMPORT_MAX_AGE_DAYS * DAY_MS),
      counts: { ...counts },
    },
    results,
  });
  await recordAuditEvent({
    actor,
    action: "cluster.import",
    outcome: "success",
    target: { type: "cluster", id: clusterId },
    details: {
      importId: row.id,
      tool: scan.tool,
      benchmark: scan.benchmark,
      node,
      sha256,
      results: counts.total,
      mapped: counts.mapped,
    },
  });
  return toImportView(row, now);
}
