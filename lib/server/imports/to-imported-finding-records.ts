import type { CheckDefinition, FindingStatus, Platform } from "@/lib/catalog/catalog-types";
import type { FindingRecord, PackCluster } from "@/lib/server/evidence/pack-rows";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";
import { mergeImportedFindings, type ActiveImportedResult } from "./merge-imported-findings";

/** How an imported result is cited in an evidence pack's `source` column. */
export function describeImportSource(result: ActiveImportedResult): string {
  return [
    `import:${result.tool}`,
    result.benchmark ? `benchmark ${result.benchmark}` : null,
    result.toolVersion ? `version ${result.toolVersion}` : null,
    result.node ? `node ${result.node}` : null,
    `imported ${result.importedAt.toISOString()}`,
    `expires ${result.expiresAt.toISOString()}`,
    `id ${result.importId}`,
  ]
    .filter(Boolean)
    .join("; ");
}

/**
 * Evidence-pack rows for the imported results in force during the period, each judged against the
 * cluster's own states at `to` (adopted, false positive, superseded, informational — in `message`).
 * Order follows `imported` (check, import time, id), so a pack stays byte-identical.
 */
export function toImportedFindingRecords({
  cluster,
  imported,
  states,
  checks,
  catalogVersion,
  to,
}: {
  cluster: PackCluster;
  imported: readonly ActiveImportedResult[];
  states: readonly FindingStateRow[];
  checks: ReadonlyMap<string, CheckDefinition>;
  catalogVersion: string;
  to: Date;
}): Omit<FindingRecord, "controls">[] {
  const atEnd = states.filter((state) => state.since <= to && (!state.until || state.until > to));
  const platform = (cluster.platform as Platform | null) ?? null;
  return imported.map((result) => {
    const merge = mergeImportedFindings<{ checkId: string; status: FindingStatus }>({
      rows: atEnd.filter((state) => state.checkId === result.checkId),
      imported: [result],
      platform,
    });
    const note = merge.notes.get(result.checkId)![0]!;
    const check = checks.get(result.checkId);
    const until = result.expiresAt < to ? result.expiresAt : null;
    return {
      cluster: cluster.name,
      clusterId: cluster.id,
      checkId: result.checkId,
      checkTitle: check?.title ?? result.checkId,
      severity: check?.severity ?? "info",
      subjectKey: result.node ? `node/${result.node}` : "cluster",
      subject: result.node ? { kind: "node", name: result.node } : { kind: "cluster" },
      status: result.status,
      rawStatus: result.rawStatus,
      message: `${result.tool} ${result.externalId} ${result.status} — ${note.disposition}: ${note.reason}`,
      evidence: [
        { source: `import:${result.tool}/${result.externalId}`, value: result.rawStatus, note: result.detail },
      ],
      firstSeen: result.importedAt.toISOString(),
      lastSeen: (until ?? to).toISOString(),
      stateSince: result.importedAt.toISOString(),
      stateUntil: until?.toISOString() ?? null,
      waiverId: null,
      snapshotSha256: "",
      catalogVersion,
      remediation:
        result.remediation ?? ((platform && check?.remediation[platform]) || check?.remediation.kubernetes || null),
      source: describeImportSource(result),
    };
  });
}
