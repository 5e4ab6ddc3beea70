/** A sample value in the text format: Go's float syntax for the special values. */
export function formatSampleValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}

/**
 * One histogram family in the Prometheus text format (0.0.4), from counts already aggregated
 * elsewhere (prom-client's Histogram can only be fed single observations).
 * `cumulativeCounts[i]` is the number of observations at most `bounds[i]`.
 */
export function formatHistogram({
  name,
  help,
  bounds,
  cumulativeCounts,
  count,
  sum,
}: {
  name: string;
  help: string;
  bounds: readonly number[];
  cumulativeCounts: readonly number[];
  count: number;
  sum: number;
}): string {
  if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) throw new Error(`invalid metric name ${JSON.stringify(name)}`);
  if (bounds.length !== cumulativeCounts.length) throw new Error("one cumulative count per bucket bound is needed");
  if (bounds.some((bound, index) => index > 0 && bound <= bounds[index - 1]!))
    throw new Error("bucket bounds must increase");
  const escapedHelp = help.replaceAll("\\", "\\\\").replaceAll("\n", "\\n");
  return [
    `# HELP ${name} ${escapedHelp}`,
    `# TYPE ${name} histogram`,
    ...bounds.map(
      (bound, index) =>
        `${name}_bucket{le="${formatSampleValue(bound)}"} ${formatSampleValue(cumulativeCounts[index]!)}`,
    ),
    `${name}_bucket{le="+Inf"} ${formatSampleValue(count)}`,
    `${name}_sum ${formatSampleValue(sum)}`,
    `${name}_count ${formatSampleValue(count)}`,
    "",
  ].join("\n");
}
