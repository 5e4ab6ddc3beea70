import type { HeatmapMode, HeatmapSort } from "./arrange-heatmap";

/** "Change since 30 days ago". */
export const COMPARE_DAYS = 30;

export interface HeatmapSettings {
  mode: HeatmapMode;
  sort: HeatmapSort;
  isGrouped: boolean;
  /** Show each score's change since COMPARE_DAYS ago. */
  isComparing: boolean;
  environment: string;
  site: string;
  label: string;
  /** Find clusters by name, site or label (case-insensitive substring), applied in the browser. */
  search: string;
}

/** The heatmap's settings from the URL (`?view=checks&sort=worst&group=environment&change=30&environment=&site=&label=&q=`). */
export function readHeatmapSettings(params: URLSearchParams): HeatmapSettings {
  return {
    mode: params.get("view") === "checks" ? "checks" : "frameworks",
    sort: params.get("sort") === "worst" ? "worst" : "name",
    isGrouped: params.get("group") === "environment",
    isComparing: params.get("change") === String(COMPARE_DAYS),
    environment: params.get("environment") ?? "",
    site: params.get("site") ?? "",
    label: params.get("label") ?? "",
    search: params.get("q") ?? "",
  };
}

/** The URL query for settings; defaults are left out so the plain page has a plain URL. */
export function writeHeatmapSettings(settings: HeatmapSettings): string {
  const params = new URLSearchParams();
  if (settings.mode === "checks") params.set("view", "checks");
  if (settings.sort === "worst") params.set("sort", "worst");
  if (settings.isGrouped) params.set("group", "environment");
  if (settings.isComparing) params.set("change", String(COMPARE_DAYS));
  for (const key of ["environment", "site", "label"] as const) if (settings[key]) params.set(key, settings[key]);
  if (settings.search) params.set("q", settings.search);
  return params.toString();
}
