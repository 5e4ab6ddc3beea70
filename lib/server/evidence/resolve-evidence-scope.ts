import type { Catalog, Framework } from "@/lib/catalog/catalog-types";
import type { EvidenceScope, EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import { AppError } from "@/lib/server/http/app-error";
import { fromEnvironmentRow, type ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { findClusters } from "@/lib/server/store/clusters/find-clusters";
import { findLatestDataInstant } from "@/lib/server/store/evidence/find-period-facts";

export interface ResolvedScope {
  scope: EvidenceScope;
  frameworks: Framework[];
  /** Clusters in scope, by name. */
  clusters: ClusterRow[];
  /** Check ids mapped to a control of the chosen frameworks (defined checks only), sorted. */
  checkIds: string[];
}

function matchesLabel(labels: Record<string, string>, label: string): boolean {
  const separator = label.indexOf("=");
  return labels[label.slice(0, separator)] === label.slice(separator + 1);
}

/** Clusters that match every given filter; no filter = the whole fleet. */
export function selectClusters(rows: readonly ClusterRow[], input: EvidenceScopeInput): ClusterRow[] {
  const ids = input.clusterIds ? new Set(input.clusterIds) : null;
  return rows
    .filter((row) => !ids || ids.has(row.id))
    .filter((row) => !input.environment || fromEnvironmentRow(row.environment) === input.environment)
    .filter((row) => !input.site || row.site === input.site)
    .filter((row) => !input.label || matchesLabel((row.labels ?? {}) as Record<string, string>, input.label))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The defined checks mapped to the frameworks' controls, sorted. */
export function mappedCheckIds(catalog: Catalog, frameworks: readonly Framework[]): string[] {
  const chosen = new Set<string>(frameworks.map((framework) => framework.id));
  const defined = new Set(catalog.checks.map((check) => check.id));
  return [
    ...new Set(
      catalog.mappings
        .filter((mapping) => chosen.has(mapping.frameworkId) && defined.has(mapping.checkId))
        .map((mapping) => mapping.checkId),
    ),
  ].sort();
}

/**
 * Normalises a scope and fixes its "as of" instant: `to` when given; otherwise the newest stored
 * data of the clusters in scope (so "now" over unchanged data is the same pack, byte for byte).
 * `isStrict`: refuse unknown cluster ids and an empty selection (generation); the preview counts zero.
 */
export async function resolveEvidenceScope({
  catalog,
  input,
  isStrict,
  now = new Date(),
}: {
  catalog: Catalog;
  input: EvidenceScopeInput;
  isStrict: boolean;
  now?: Date;
}): Promise<ResolvedScope> {
  const frameworks = catalog.frameworks.filter((framework) => input.frameworks.includes(framework.id));
  const rows = await findClusters();
  if (isStrict && input.clusterIds) {
    const known = new Set(rows.map((row) => row.id));
    const unknown = input.clusterIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new AppError("bad_request", `Unknown cluster id: ${unknown.slice(0, 3).join(", ")}.`, {
        field: "clusterIds",
      });
    }
  }
  const clusters = selectClusters(rows, input);
  if (isStrict && clusters.length === 0) {
    throw new AppError("bad_request", "No cluster matches this scope.", { field: "clusterIds" });
  }
  const to = input.to
    ? new Date(input.to)
    : ((await findLatestDataInstant({ clusterIds: clusters.map((row) => row.id) })) ?? now);
  if (input.from && new Date(input.from) >= to) {
    throw new AppError("bad_request", "`from` is after the newest stored data; choose an earlier start.", {
      field: "from",
    });
  }
  return {
    scope: {
      frameworks: frameworks.map((framework) => framework.id),
      clusterIds: input.clusterIds ? [...new Set(input.clusterIds)].sort() : null,
      environment: input.environment ?? null,
      site: input.site ?? null,
      label: input.label ?? null,
      from: input.from ? new Date(input.from).toISOString() : null,
      to: to.toISOString(),
    },
    frameworks,
    clusters,
    checkIds: mappedCheckIds(catalog, frameworks),
  };
}
