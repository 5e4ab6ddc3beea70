export const TREND_RANGES = [7, 30, 90, 365] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

export const DEFAULT_TREND_RANGE: TrendRange = 30;
export const DEFAULT_TREND_FRAMEWORK = "cis-k8s";

export interface TrendsSettings {
  range: TrendRange;
  framework: string;
  /** "" = the whole fleet. */
  environment: string;
  /** "" = no single cluster; wins over `environment`. */
  clusterId: string;
}

/** Settings from the URL (`?range=90&framework=nist-800-53&environment=edge` or `&cluster=<id>`). */
export function readTrendsSettings(params: URLSearchParams): TrendsSettings {
  const range = Number(params.get("range"));
  const clusterId = params.get("cluster") ?? "";
  return {
    range: TREND_RANGES.find((candidate) => candidate === range) ?? DEFAULT_TREND_RANGE,
    framework: params.get("framework") || DEFAULT_TREND_FRAMEWORK,
    environment: clusterId ? "" : (params.get("environment") ?? ""),
    clusterId,
  };
}

/** The URL query for settings; defaults are left out so the plain page has a plain URL. */
export function writeTrendsSettings(settings: TrendsSettings): string {
  const params = new URLSearchParams();
  if (settings.range !== DEFAULT_TREND_RANGE) params.set("range", String(settings.range));
  if (settings.framework !== DEFAULT_TREND_FRAMEWORK) params.set("framework", settings.framework);
  if (settings.clusterId) params.set("cluster", settings.clusterId);
  else if (settings.environment) params.set("environment", settings.environment);
  return params.toString();
}

/**
 * The API query for settings on `today` (YYYY-MM-DD, UTC): the last `range` days up to the
 * server's today, every framework (switching framework needs no new request).
 */
export function toTrendsQuery(settings: TrendsSettings, today: string): TrendsQuery {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (settings.range - 1) * 86_400_000);
  return {
    from: from.toISOString().slice(0, 10),
    ...(settings.clusterId ? { clusterId: settings.clusterId } : {}),
    ...(!settings.clusterId && settings.environment ? { environment: settings.environment } : {}),
  };
}

export interface TrendsQuery {
  from: string;
  clusterId?: string;
  environment?: string;
}
