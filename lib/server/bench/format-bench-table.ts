import type { FigureResult, FigureSpec } from "./bench-figures";

/** `BENCH <name> <value> <unit>`: one line per measured figure, for scripts and CI logs. */
export function formatBenchLine({ spec, value }: { spec: FigureSpec; value: number }): string {
  return `BENCH ${spec.name} ${formatValue(value)} ${spec.unit}`;
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return String(Math.round(value));
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function describeTarget(spec: FigureSpec): string {
  if (!spec.target) return "";
  const value = spec.unit === "bytes" ? `${spec.target.value / 1e9} GB` : `${spec.target.value} ${spec.unit}`;
  return `${spec.target.op === "<=" ? "≤" : "≥"} ${value}`;
}

/** ✓ / ✗ against the target; "–" when there is none or nothing was measured; "n/a" for a size-bound target measured smaller. */
export function judgeFigure({
  spec,
  value,
  isReduced,
}: {
  spec: FigureSpec;
  value: number | null;
  isReduced: boolean;
}) {
  if (!spec.target || value === null || !Number.isFinite(value)) return "–";
  if (isReduced && spec.isSizeBound) return "n/a";
  const isMet = spec.target.op === "<=" ? value <= spec.target.value : value >= spec.target.value;
  return isMet ? "✓" : "✗";
}

/** The final table: figure, value, target, verdict, note — every figure in FIGURES order, measured or not. */
export function formatBenchTable({
  specs,
  results,
}: {
  specs: readonly FigureSpec[];
  results: readonly FigureResult[];
}): string {
  const rows = specs.map((spec) => {
    const result = results.find((candidate) => candidate.name === spec.name);
    const value = result?.value ?? null;
    const shown =
      value === null
        ? "not measured"
        : spec.unit === "bytes"
          ? `${(value / 1e6).toFixed(1)} MB`
          : `${formatValue(value)} ${spec.unit}`;
    return [
      spec.name,
      shown,
      describeTarget(spec),
      judgeFigure({ spec, value, isReduced: result?.isReduced === true }),
      result?.note ?? "",
    ];
  });
  const header = ["figure", "value", "target", "", "note"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
