import type { Catalog, FindingStatus, FrameworkId, Platform } from "@/lib/catalog/catalog-types";
import {
  FINDING_STATUS_ORDER,
  type ClusterFindingsView,
  type EvaluationRef,
  type FindingView,
} from "@/lib/shared/finding-view";
import type { EvaluationRow as Evaluation, FindingStateRow } from "@/lib/server/store/findings/find-findings";

export function toEvaluationRef(evaluation: Evaluation | null): EvaluationRef | null {
  return evaluation
    ? {
        id: evaluation.id,
        catalogVersion: evaluation.catalogVersion,
        evaluatedAt: evaluation.evaluatedAt.toISOString(),
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
}: {
  catalog: Catalog;
  evaluation: Evaluation | null;
  rows: FindingStateRow[];
  frameworkId?: FrameworkId;
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
  for (const row of rows) {
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
    });
  }
  const rank = (status: FindingStatus) => FINDING_STATUS_ORDER.indexOf(status);
  items.sort((a, b) => rank(a.status) - rank(b.status) || a.checkId.localeCompare(b.checkId));
  return { evaluation: toEvaluationRef(evaluation), platform, items };
}
