import { formatScore as formatPercent } from "@/lib/shared/score-bands";
import type { ControlCounts, FleetFrameworkSummary } from "@/lib/shared/fleet-framework-view";

/**
 * A score as a whole percentage, "no score" when nothing is assessable. Rounded down below 100 %,
 * so a single failing control never reads as "100 %".
 */
export function formatScore(score: number | null): string {
  return score === null ? "no score" : `${formatPercent(score)} %`;
}

/** The counts shown beside a score, zeros included for pass, fail and unknown (UNKNOWN is never hidden). */
export function describeCounts(counts: ControlCounts): string {
  const parts = [`${counts.pass} pass`, `${counts.fail} fail`, `${counts.unknown} unknown`];
  if (counts.warn) parts.push(`${counts.warn} warn`);
  if (counts.waived) parts.push(`${counts.waived} waived`);
  return parts.join(" · ");
}

/** The score's band, a second cue beside the number: none, low (< 50 %), mid (< 90 %), high. */
export function scoreBand(score: number | null): "none" | "low" | "mid" | "high" {
  if (score === null) return "none";
  if (score < 0.5) return "low";
  if (score < 0.9) return "mid";
  return "high";
}

/** Which clusters fleet numbers cover, in words: "28 of 30 clusters evaluated · 2 with stale data". */
export function describeScope(framework: Pick<FleetFrameworkSummary, "clusters"> | undefined): string {
  if (!framework) return "";
  const { total, evaluated, stale } = framework.clusters;
  const parts = [`${evaluated} of ${total} ${total === 1 ? "cluster" : "clusters"} evaluated`];
  if (stale) parts.push(`${stale} with stale data`);
  return parts.join(" · ");
}
