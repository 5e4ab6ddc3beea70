import {
  evidenceScopeSchema,
  MAX_EVIDENCE_PERIOD_DAYS,
  type EvidenceScopeInput,
} from "@/lib/shared/evidence-pack-view";

/** How the clusters of a pack are chosen on the Evidence page (the API accepts any combination). */
export const SCOPE_MODES = ["fleet", "environment", "site", "label", "clusters"] as const;
export type ScopeMode = (typeof SCOPE_MODES)[number];

export type PeriodMode = "now" | "range";

/** The Evidence page's form, as it lives in the URL. Dates are YYYY-MM-DD days in UTC. */
export interface EvidenceScopeForm {
  frameworks: string[];
  mode: ScopeMode;
  environment: string;
  site: string;
  label: string;
  clusterIds: string[];
  period: PeriodMode;
  from: string;
  /** "" = up to now. */
  to: string;
}

export type ScopeFormField = "frameworks" | "environment" | "site" | "label" | "clusterIds" | "from" | "to";
export type ScopeFormErrors = Partial<Record<ScopeFormField, string>>;

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A new period starts with the last full quarter-ish: 90 days up to today. */
export const DEFAULT_PERIOD_DAYS = 90;

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * The form from the page URL: `?frameworks=iso-27001,soc2&by=environment&environment=edge&from=2026-01-01&to=2026-03-31`
 * (`by=clusters&clusters=<id>,<id>`). Unknown frameworks and modes are dropped; a `from` or `to`
 * parameter, even empty, means a period.
 */
export function readScopeForm(params: URLSearchParams, frameworkIds: readonly string[]): EvidenceScopeForm {
  const by = params.get("by");
  const mode = SCOPE_MODES.find((candidate) => candidate === by) ?? "fleet";
  const isRange = params.has("from") || params.has("to");
  return {
    frameworks: frameworkIds.filter((id) => list(params.get("frameworks")).includes(id)),
    mode,
    environment: mode === "environment" ? (params.get("environment") ?? "") : "",
    site: mode === "site" ? (params.get("site") ?? "") : "",
    label: mode === "label" ? (params.get("label") ?? "") : "",
    clusterIds: mode === "clusters" ? [...new Set(list(params.get("clusters")))] : [],
    period: isRange ? "range" : "now",
    from: isRange ? (params.get("from") ?? "") : "",
    to: isRange ? (params.get("to") ?? "") : "",
  };
}

/** The page URL's query for a form; only the chosen mode's value is kept, defaults are left out. */
export function writeScopeForm(form: EvidenceScopeForm): string {
  const params = new URLSearchParams();
  if (form.frameworks.length) params.set("frameworks", form.frameworks.join(","));
  if (form.mode !== "fleet") params.set("by", form.mode);
  if (form.mode === "environment" && form.environment) params.set("environment", form.environment);
  if (form.mode === "site" && form.site) params.set("site", form.site);
  if (form.mode === "label" && form.label) params.set("label", form.label);
  if (form.mode === "clusters" && form.clusterIds.length) params.set("clusters", form.clusterIds.join(","));
  if (form.period === "range") {
    params.set("from", form.from);
    params.set("to", form.to);
  }
  return params.toString();
}

/** A checkbox list after ticking or unticking `id`, in the options' order (so the URL does not depend on click order). */
export function toggleChoice(
  list: readonly string[],
  id: string,
  isChecked: boolean,
  order: readonly string[],
): string[] {
  const next = new Set(list);
  if (isChecked) next.add(id);
  else next.delete(id);
  return order.filter((item) => next.has(item));
}

/** YYYY-MM-DD of `now` plus `days` (UTC). */
export function dayOffset(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}

/** The form switched to a period: the last 90 days up to today, unless dates are already chosen. */
export function withDefaultPeriod(form: EvidenceScopeForm, now: number): EvidenceScopeForm {
  return {
    ...form,
    period: "range",
    from: form.from || dayOffset(now, -(DEFAULT_PERIOD_DAYS - 1)),
    to: form.to || dayOffset(now, 0),
  };
}

function parseDay(value: string): number | null {
  if (!DAY.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Invalid days (2026-02-30) roll over in Date; refuse them instead.
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time;
}

function periodErrors(form: EvidenceScopeForm, now: number): ScopeFormErrors {
  if (form.period === "now") return {};
  const today = Date.parse(`${dayOffset(now, 0)}T00:00:00Z`);
  const errors: ScopeFormErrors = {};
  const from = form.from ? parseDay(form.from) : null;
  const to = form.to ? parseDay(form.to) : today;
  if (!form.from) errors.from = "Choose the first day of the period.";
  else if (from === null) errors.from = "Enter the day as YYYY-MM-DD.";
  else if (from > today) errors.from = "The period cannot start in the future.";
  if (form.to && to === null) errors.to = "Enter the day as YYYY-MM-DD.";
  else if (to !== null && to > today) errors.to = "The period cannot end in the future.";
  if (errors.from || errors.to || from === null || to === null) return errors;
  if (from > to) errors.to = "The period must end on or after its first day.";
  else if (to + DAY_MS - from > MAX_EVIDENCE_PERIOD_DAYS * DAY_MS) {
    errors.from = `A pack covers at most ${MAX_EVIDENCE_PERIOD_DAYS} days; choose a later first day.`;
  }
  return errors;
}

export type ScopeFormResult = { ok: true; scope: EvidenceScopeInput } | { ok: false; errors: ScopeFormErrors };

/**
 * Checks the form and turns it into the API's scope: a period runs from the start of its first day
 * to the end of its last day (UTC); a period ending today, or "now", leaves `to` out so the pack
 * reports the latest state. Messages are written for the person filling in the form.
 */
export function toScopeInput(form: EvidenceScopeForm, now: number): ScopeFormResult {
  const errors: ScopeFormErrors = { ...periodErrors(form, now) };
  if (form.frameworks.length === 0) errors.frameworks = "Choose at least one framework.";
  if (form.mode === "environment" && !form.environment) errors.environment = "Choose an environment.";
  if (form.mode === "site" && !form.site) errors.site = "Choose a site.";
  if (form.mode === "label" && !form.label) errors.label = "Choose a label.";
  if (form.mode === "clusters" && form.clusterIds.length === 0) errors.clusterIds = "Choose at least one cluster.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const isToday = form.to === "" || form.to === dayOffset(now, 0);
  const candidate = {
    frameworks: form.frameworks,
    ...(form.mode === "environment" ? { environment: form.environment } : {}),
    ...(form.mode === "site" ? { site: form.site } : {}),
    ...(form.mode === "label" ? { label: form.label } : {}),
    ...(form.mode === "clusters" ? { clusterIds: form.clusterIds } : {}),
    ...(form.period === "range" ? { from: `${form.from}T00:00:00Z` } : {}),
    ...(form.period === "range" && !isToday ? { to: `${form.to}T23:59:59Z` } : {}),
  };
  // The shared schema is the server's own check; anything it still refuses is reported on its field.
  const parsed = evidenceScopeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, scope: parsed.data };
  const fields: readonly string[] = ["frameworks", "environment", "site", "label", "clusterIds", "from", "to"];
  const schemaErrors: ScopeFormErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "frameworks");
    const field = (fields.includes(key) ? key : "frameworks") as ScopeFormField;
    schemaErrors[field] ??= `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
  }
  return { ok: false, errors: schemaErrors };
}
