import type { Catalog, FrameworkId } from "@/lib/catalog/catalog-types";
import { scoreFrameworks } from "@/lib/catalog/scoring";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";
import type { ImportMerge } from "@/lib/server/imports/merge-imported-findings";

/** One framework, control by control, from the cluster's current findings; null for an unknown framework. */
export function toClusterFrameworkView({
  catalog,
  frameworkId,
  rows,
  evaluatedAt,
  imports,
}: {
  catalog: Catalog;
  frameworkId: FrameworkId;
  rows: FindingStateRow[];
  evaluatedAt: Date | null;
  /** The cluster's scanner imports merged into `rows` (merge-imported-findings); scores then count them. */
  imports?: ImportMerge<FindingStateRow>;
}): ClusterFrameworkView | null {
  const framework = catalog.frameworks.find((candidate) => candidate.id === frameworkId);
  if (!framework) return null;
  const scored = scoreFrameworks({
    catalog: { ...catalog, frameworks: [framework] },
    findings: imports?.findings ?? rows.map((row) => ({ checkId: row.checkId, status: row.status })),
  })[0]!;
  const titles = new Map(framework.controls.map((control) => [control.id, control.title]));
  const checkTitles = new Map(catalog.checks.map((check) => [check.id, check.title]));
  return {
    frameworkId: framework.id,
    name: framework.name,
    version: framework.version,
    catalogVersion: catalog.version,
    score: scored.score,
    counts: scored.counts,
    evaluatedAt: evaluatedAt?.toISOString() ?? null,
    controls: scored.controls.map((control) => ({
      id: control.controlId,
      title: titles.get(control.controlId) ?? control.controlId,
      status: control.status,
      checks: control.checks.map((check) => {
        const mapping = catalog.mappings.find(
          (candidate) =>
            candidate.frameworkId === framework.id &&
            candidate.controlId === control.controlId &&
            candidate.checkId === check.checkId,
        );
        return {
          checkId: check.checkId,
          title: checkTitles.get(check.checkId) ?? check.checkId,
          status: check.status,
          provenance: mapping?.provenance ?? "proposed",
          reason: mapping?.reason ?? null,
          ...(imports?.notes.has(check.checkId) ? { imported: imports.notes.get(check.checkId) } : {}),
        };
      }),
    })),
  };
}
