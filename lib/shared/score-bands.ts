// Score bands shared by every place that colours a score (heatmap, evidence summary PDF): the same
// thresholds and a colour-blind-safe blue ↔ vermillion scale; the number is always printed too.

export type ScoreBand = "excellent" | "good" | "fair" | "poor" | "bad" | "none" | "stale";

export interface ScoreBandStyle {
  band: ScoreBand;
  /** Lowest score in the band (inclusive); null for the bands that are not about a score. */
  from: number | null;
  label: string;
  /** Print colours (light background), for documents; the UI uses CSS with a dark variant. */
  fill: string;
  ink: string;
}

export const SCORE_BANDS: readonly ScoreBandStyle[] = [
  { band: "excellent", from: 0.95, label: "95–100", fill: "#1f5f9e", ink: "#ffffff" },
  { band: "good", from: 0.85, label: "85–94", fill: "#a9cbea", ink: "#0d2a47" },
  { band: "fair", from: 0.7, label: "70–84", fill: "#f4e3a6", ink: "#43370a" },
  { band: "poor", from: 0.5, label: "50–69", fill: "#f3ad6e", ink: "#4a2200" },
  { band: "bad", from: 0, label: "below 50", fill: "#c4462c", ink: "#ffffff" },
  { band: "none", from: null, label: "no assessable control", fill: "#eef0f3", ink: "#586373" },
  { band: "stale", from: null, label: "stale data", fill: "#e4e7eb", ink: "#586373" },
];

export function scoreBand(score: number | null | undefined, isStale: boolean): ScoreBand {
  if (isStale) return "stale";
  if (score === null || score === undefined) return "none";
  return SCORE_BANDS.find((band) => band.from !== null && score >= band.from)?.band ?? "bad";
}

export function scoreBandStyle(band: ScoreBand): ScoreBandStyle {
  return SCORE_BANDS.find((style) => style.band === band)!;
}

/** 0.8249 → "82": whole percent, rounded down so 99.6 % never prints as a perfect 100. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? "—" : String(Math.floor(score * 100));
}
