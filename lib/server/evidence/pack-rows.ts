import type { CheckDefinition, Framework, Mapping } from "@/lib/catalog/catalog-types";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";
import type { WaiverRow } from "@/lib/server/store/waivers/waiver-store";
import type { ControlPeriod } from "./classify-period";
import { csvLine } from "./csv";

// The rows of controls.csv|json, findings.csv|json and waivers.csv. CSV headers are fixed here so
// the column order never depends on data.

export interface PackCluster {
  id: string;
  name: string;
  environment: string;
  platform: string | null;
}

export const CONTROLS_CSV_HEADER = csvLine([
  "framework",
  "control_id",
  "control_title",
  "cluster",
  "cluster_id",
  "period_verdict",
  "status_at_end",
  "first_failed_at",
  "failed_seconds",
  "unknown_seconds",
  "checks_at_end",
  "mapped_checks",
]);

export function controlCsvLine({
  framework,
  title,
  cluster,
  control,
  mappings,
}: {
  framework: Framework;
  title: string;
  cluster: PackCluster;
  control: ControlPeriod;
  mappings: readonly Mapping[];
}): string {
  return csvLine([
    framework.id,
    control.controlId,
    title,
    cluster.name,
    cluster.id,
    control.verdict,
    control.statusAtEnd,
    control.firstFailedAt,
    Math.round(control.failedMs / 1000),
    Math.round(control.unknownMs / 1000),
    control.checksAtEnd.map((check) => `${check.checkId}=${check.status}`).join("; "),
    mappings.map((mapping) => `${mapping.checkId} (${mapping.provenance})`).join("; "),
  ]);
}

export const FINDINGS_CSV_HEADER = csvLine([
  "cluster",
  "cluster_id",
  "check_id",
  "check_title",
  "severity",
  "subject",
  "status",
  "raw_status",
  "message",
  "evidence",
  "first_seen",
  "last_seen",
  "state_since",
  "state_until",
  "waiver_id",
  "snapshot_sha256",
  "catalog_version",
  "controls",
  "remediation",
  "source",
]);

export interface FindingRecord {
  cluster: string;
  clusterId: string;
  checkId: string;
  checkTitle: string;
  severity: string;
  subjectKey: string;
  subject: unknown;
  status: string;
  rawStatus: string;
  message: string;
  evidence: unknown;
  /** Start of the run of consecutive states with this status (within what the pack read). */
  firstSeen: string;
  /** End of that run, capped at the pack's "as of". */
  lastSeen: string;
  stateSince: string;
  stateUntil: string | null;
  waiverId: string | null;
  snapshotSha256: string;
  catalogVersion: string;
  controls: string[];
  remediation: string | null;
  /** "lotse" (own evaluation), or the imported scanner result's provenance (tool, import id and time). */
  source: string;
}

/** Finding records of one cluster's states (ordered by check, subject, since), with first/last seen. */
export function toFindingRecords({
  cluster,
  rows,
  checks,
  to,
}: {
  cluster: PackCluster;
  rows: readonly FindingStateRow[];
  checks: ReadonlyMap<string, CheckDefinition>;
  to: Date;
}): Omit<FindingRecord, "controls">[] {
  const end = (row: FindingStateRow) => (row.until && row.until < to ? row.until : to).toISOString();
  const records: Omit<FindingRecord, "controls">[] = [];
  let runStart = 0;
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    const isSameRun =
      previous?.checkId === row.checkId &&
      previous.subjectKey === row.subjectKey &&
      previous.status === row.status &&
      previous.until?.getTime() === row.since.getTime();
    if (!isSameRun) runStart = index;
    let runEnd = index;
    while (
      rows[runEnd + 1]?.checkId === row.checkId &&
      rows[runEnd + 1]!.subjectKey === row.subjectKey &&
      rows[runEnd + 1]!.status === row.status &&
      rows[runEnd]!.until?.getTime() === rows[runEnd + 1]!.since.getTime()
    )
      runEnd++;
    const check = checks.get(row.checkId);
    const platform = cluster.platform as keyof CheckDefinition["remediation"] | null;
    records.push({
      cluster: cluster.name,
      clusterId: cluster.id,
      checkId: row.checkId,
      checkTitle: check?.title ?? row.checkId,
      severity: check?.severity ?? "info",
      subjectKey: row.subjectKey,
      subject: row.subject,
      status: row.status,
      rawStatus: row.rawStatus,
      message: row.message,
      evidence: row.evidence,
      firstSeen: rows[runStart]!.since.toISOString(),
      lastSeen: end(rows[runEnd]!),
      stateSince: row.since.toISOString(),
      stateUntil: row.until?.toISOString() ?? null,
      waiverId: row.waiverId,
      snapshotSha256: row.snapshotHash,
      catalogVersion: row.catalogVersion,
      remediation: (platform && check?.remediation[platform]) || check?.remediation.kubernetes || null,
      source: "lotse",
    });
  });
  return records;
}

export function findingCsvLine(record: FindingRecord): string {
  return csvLine([
    record.cluster,
    record.clusterId,
    record.checkId,
    record.checkTitle,
    record.severity,
    record.subjectKey,
    record.status,
    record.rawStatus,
    record.message,
    JSON.stringify(record.evidence),
    record.firstSeen,
    record.lastSeen,
    record.stateSince,
    record.stateUntil,
    record.waiverId,
    record.snapshotSha256,
    record.catalogVersion,
    record.controls.join("; "),
    record.remediation,
    record.source,
  ]);
}

export const WAIVERS_CSV_HEADER = csvLine([
  "waiver_id",
  "check_id",
  "check_title",
  "cluster",
  "namespace",
  "node",
  "justification",
  "approved_by",
  "approver_role",
  "created_at",
  "expires_at",
  "revoked_at",
  "revoked_by",
  "state_at_end",
]);

export function waiverStateAt(waiver: WaiverRow, at: Date): "active" | "expired" | "revoked" {
  if (waiver.revokedAt && waiver.revokedAt <= at) return "revoked";
  return waiver.expiresAt <= at ? "expired" : "active";
}

export function waiverCsvLine({
  waiver,
  checkTitle,
  clusterName,
  to,
}: {
  waiver: WaiverRow;
  checkTitle: string;
  clusterName: string;
  to: Date;
}): string {
  return csvLine([
    waiver.id,
    waiver.checkId,
    checkTitle,
    clusterName,
    waiver.namespace,
    waiver.node,
    waiver.justification,
    waiver.approvedBy,
    waiver.approverRole,
    waiver.createdAt.toISOString(),
    waiver.expiresAt.toISOString(),
    waiver.revokedAt?.toISOString() ?? null,
    waiver.revokedBy,
    waiverStateAt(waiver, to),
  ]);
}
