import { FINDING_STATUS_ORDER, type FindingStatusView } from "@/lib/shared/finding-view";

/** The findings list's filters, as kept in the page URL and sent to the findings API. */
export interface FindingsFilter {
  framework: string | null;
  /** Empty = every status. */
  statuses: FindingStatusView[];
  check: string | null;
  namespace: string | null;
}

export const NO_FINDINGS_FILTER: FindingsFilter = { framework: null, statuses: [], check: null, namespace: null };

/** The URL search parameters the findings filters use (the findings API's own names). */
export const FINDINGS_FILTER_PARAMS = ["framework", "status", "check", "namespace"] as const;

const clean = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Reads the filters from a URL; unknown statuses are dropped, the rest kept in severity order. */
export function parseFindingsFilter(params: { get: (name: string) => string | null }): FindingsFilter {
  const requested = new Set((params.get("status") ?? "").split(",").map((value) => value.trim().toUpperCase()));
  return {
    framework: clean(params.get("framework")),
    statuses: FINDING_STATUS_ORDER.filter((status) => requested.has(status)),
    check: clean(params.get("check")),
    namespace: clean(params.get("namespace")),
  };
}

/** The filters as findings API query parameters (absent when unset). */
export function toFindingsQuery(filter: FindingsFilter): Record<string, string | undefined> {
  return {
    framework: filter.framework ?? undefined,
    status: filter.statuses.length ? filter.statuses.join(",") : undefined,
    check: filter.check ?? undefined,
    namespace: filter.namespace ?? undefined,
  };
}

/** `current` with the findings filters replaced by `filter`; other parameters are kept. */
export function withFindingsFilter(current: URLSearchParams, filter: FindingsFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of FINDINGS_FILTER_PARAMS) next.delete(name);
  for (const [name, value] of Object.entries(toFindingsQuery(filter))) if (value) next.set(name, value);
  return next;
}

export function isFiltered(filter: FindingsFilter): boolean {
  return Boolean(filter.framework || filter.statuses.length || filter.check || filter.namespace);
}

/** Adds or removes one status from the selection, keeping severity order. */
export function toggleStatus(filter: FindingsFilter, status: FindingStatusView): FindingsFilter {
  const selected = new Set(filter.statuses);
  if (selected.has(status)) selected.delete(status);
  else selected.add(status);
  return { ...filter, statuses: FINDING_STATUS_ORDER.filter((item) => selected.has(item)) };
}
