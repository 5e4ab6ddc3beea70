import type { Catalog, FindingStatus, FrameworkId, Platform } from "@/lib/catalog/catalog-types";
import {
  FINDING_STATUS_ORDER,
  type ClusterFindingsView,
  type EvaluationRef,
  type FindingView,
} from "@/lib/shared/finding-view";
import type { EvaluationRow as Evaluation, FindingStateRow } from "@/lib/server/store/findings/find-findings";
import type { ImportMerge } from "@/lib/server/imports/merge-imported-findings";

export function toEvaluationRef(evaluation: Evaluation | null): EvaluationRef | null {
  return evaluation
    ? {
        id: evaluation.id,
        catalogVersion: evaluation.catalogVersion,
        // The latest run that evaluated this result (an unchanged rerun confirms it, see evaluateCluster).
        evaluatedAt: evaluation.confirmedAt.toISOString(),
        snapshotHash: evaluation.snapshotHash,
      }
    : null;
}

export function platformOf(evaluation: Evaluation | null): Platform | null {
  const platform = (evaluation?.summary as { platform?: unknown } | null)?.platform;
  return platform === "talos" || platform === "kubeadm" || platform === "managed" ? platform : null;
}

/** Current findings with catalog metadata, failing and unknown first, optionally for one framework. */
export function toClusterFindingsView({
  catalog,
  evaluation,
  rows,
  frameworkId,
  imports,
}: {
  catalog: Catalog;
  evaluation: Evaluation | null;
  rows: FindingStateRow[];
  frameworkId?: FrameworkId;
  /** The cluster's scanner imports merged into `rows`: adopted results replace the rows they answer. */
  imports?: ImportMerge<FindingStateRow>;
}): ClusterFindingsView {
  const platform = platformOf(evaluation);
  const checks = new Map(catalog.checks.map((check) => [check.id, check]));
  // Mapped controls per check, built once (not a scan of every mapping per finding).
  const controlsByCheck = new Map<string, FindingView["controls"]>();
  for (const { checkId, frameworkId: framework, controlId, provenance } of catalog.mappings) {
    if (frameworkId && framework !== frameworkId) continue;
    const list = controlsByCheck.get(checkId) ?? [];
    list.push({ frameworkId: framework, controlId, provenance });
    controlsByCheck.set(checkId, list);
  }
  const items: FindingView[] = [];
  for (const row of imports?.ownRows ?? rows) {
    const check = checks.get(row.checkId);
    const controls = controlsByCheck.get(row.checkId) ?? [];
    if (frameworkId && controls.length === 0) continue;
    items.push({
      checkId: row.checkId,
      checkTitle: check?.title ?? row.checkId,
      severity: check?.severity ?? "info",
      subject: row.subject as FindingView["subject"],
      status: row.status,
      rawStatus: row.rawStatus,
      message: row.message,
      evidence: row.evidence as FindingView["evidence"],
      remediation: {
        platform: (platform && check?.remediation[platform]) || null,
        kubernetes: check?.remediation.kubernetes ?? null,
      },
      waiverId: row.waiverId,
      since: row.since.toISOString(),
      controls,
      ...(imports?.notes.has(row.checkId) ? { importNotes: imports.notes.get(row.checkId) } : {}),
    });
  }
  for (const finding of imports?.adopted ?? []) {
    const check = checks.get(finding.checkId);
    const controls = controlsByCheck.get(finding.checkId) ?? [];
    if (frameworkId && controls.length === 0) continue;
    items.push({
      checkId: finding.checkId,
      checkTitle: check?.title ?? finding.checkId,
      severity: check?.severity ?? "info",
      subject: finding.subject,
      status: finding.status,
      rawStatus: finding.status,
      message: finding.message,
      evidence: [
        {
          source: `import:${finding.result.tool}/${finding.result.externalId}`,
          value: finding.result.rawStatus,
          note: finding.result.title,
        },
      ],
      remediation: {
        platform: finding.result.remediation ?? ((platform && check?.remediation[platform]) || null),
        kubernetes: check?.remediation.kubernetes ?? null,
      },
      waiverId: null,
      since: finding.provenance.importedAt,
      controls,
      importedFrom: finding.provenance,
      importNotes: imports?.notes.get(finding.checkId),
    });
  }
  const rank = (status: FindingStatus) => FINDING_STATUS_ORDER.indexOf(status);
  items.sort((a, b) => rank(a.status) - rank(b.status) || a.checkId.localeCompare(b.checkId));
  return { evaluation: toEvaluationRef(evaluation), platform, items };
}
