// Test helper: parses the Prometheus text format (0.0.4) strictly enough to catch malformed
// output, and answers sample values by name and labels.

export interface ParsedExposition {
  families: Map<string, { type: string; help: string }>;
  /** Value of one series; undefined when absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** Every series of a sample name, as label sets with values. */
  series(name: string): { labels: Record<string, string>; value: number }[];
}

const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)$`);
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/;
const HISTOGRAM_SUFFIXES = ["_bucket", "_sum", "_count"];

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`bad labels in: ${line}`);
    const [whole, key, raw] = match as unknown as [string, string, string];
    if (key in labels) throw new Error(`duplicate label ${key} in: ${line}`);
    labels[key] = raw.replace(/\\(["\\n])/g, (_, escaped: string) => (escaped === "n" ? "\n" : escaped));
    rest = rest.slice(whole.length);
  }
  return labels;
}

function parseValue(text: string, line: string): number {
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  const value = Number(text);
  if (text.trim() === "" || Number.isNaN(value)) throw new Error(`bad value in: ${line}`);
  return value;
}

const seriesKey = (name: string, labels: Record<string, string>) =>
  `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))}`;

function familyOf(sampleName: string, families: Map<string, { type: string }>): string | undefined {
  if (families.has(sampleName)) return sampleName;
  const suffix = HISTOGRAM_SUFFIXES.find((candidate) => sampleName.endsWith(candidate));
  const base = suffix ? sampleName.slice(0, -suffix.length) : undefined;
  return base && families.get(base)?.type === "histogram" ? base : undefined;
}

/** Checks a histogram family: cumulative buckets, a +Inf bucket equal to _count, a _sum. */
function checkHistogram(name: string, parsed: ParsedExposition): void {
  const buckets = parsed
    .series(`${name}_bucket`)
    .map((entry) => ({ le: parseValue(entry.labels.le ?? "", name), value: entry.value }))
    .sort((a, b) => a.le - b.le);
  if (buckets.at(-1)?.le !== Infinity) throw new Error(`${name} has no +Inf bucket`);
  buckets.forEach((bucket, index) => {
    if (index > 0 && bucket.value < buckets[index - 1]!.value) throw new Error(`${name} buckets are not cumulative`);
  });
  if (parsed.value(`${name}_count`) !== buckets.at(-1)!.value) throw new Error(`${name}_count differs from +Inf`);
  if (parsed.value(`${name}_sum`) === undefined) throw new Error(`${name} has no _sum`);
}

export function parseExposition(text: string): ParsedExposition {
  if (!text.endsWith("\n")) throw new Error("exposition must end with a newline");
  const families = new Map<string, { type: string; help: string }>();
  const helps = new Map<string, string>();
  const samples = new Map<string, { name: string; labels: Record<string, string>; value: number }>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const help = new RegExp(`^# HELP (${NAME}) (.*)$`).exec(line);
    const type = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`).exec(line);
    if (help) {
      if (helps.has(help[1]!)) throw new Error(`second HELP for ${help[1]}`);
      helps.set(help[1]!, help[2]!);
    } else if (type) {
      if (families.has(type[1]!)) throw new Error(`second TYPE for ${type[1]}`);
      families.set(type[1]!, { type: type[2]!, help: helps.get(type[1]!) ?? "" });
    } else if (line.startsWith("#")) {
      throw new Error(`unexpected comment: ${line}`);
    } else {
      const match = SAMPLE.exec(line);
      if (!match) throw new Error(`bad sample line: ${line}`);
      const [, name, labelText, valueText] = match as unknown as [string, string, string | undefined, string];
      if (!familyOf(name, families)) throw new Error(`sample before its TYPE line: ${line}`);
      const labels = parseLabels(labelText ?? "", line);
      const key = seriesKey(name, labels);
      if (samples.has(key)) throw new Error(`duplicate series: ${line}`);
      samples.set(key, { name, labels, value: parseValue(valueText, line) });
    }
  }
  const parsed: ParsedExposition = {
    families,
    value: (name, labels = {}) => samples.get(seriesKey(name, labels))?.value,
    series: (name) =>
      [...samples.values()]
        .filter((sample) => sample.name === name)
        .map((sample) => ({ labels: sample.labels, value: sample.value })),
  };
  for (const [name, family] of families) if (family.type === "histogram") checkHistogram(name, parsed);
  return parsed;
}
