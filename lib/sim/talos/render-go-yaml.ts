import { stringify } from "yaml";

const GO_FLOAT_MARK = "\u0000gofloat:";

/**
 * Renders a spec the way Talos' yaml_spec looks (go yaml, 4-space indent, no line folding).
 *
 * With `sortKeys` every mapping is key-sorted, as Go renders `map[string]any`. With
 * `jsonNumbers` numbers are printed as Go prints the float64 a JSON round-trip produces
 * (`2000000000` becomes `2e+09`), which is what StaticPod specs show.
 */
export function renderGoYaml({
  value,
  sortKeys = false,
  jsonNumbers = false,
}: {
  value: unknown;
  sortKeys?: boolean;
  jsonNumbers?: boolean;
}): string {
  if (typeof value === "string" && value.includes("\n")) return renderLiteralBlock(value);
  const prepared = prepare(value, sortKeys, jsonNumbers);
  const text = stringify(prepared, { indent: 4, lineWidth: 0, minContentWidth: 0 });
  if (!jsonNumbers) return text;
  // The markers are double-quoted with \0 escaped; unwrap them into plain scalars.
  return text.replace(/"\\0gofloat:([^"]+)"/g, "$1");
}

// go yaml writes a multi-line string as a literal block indented by the encoder's indent, so that
// document markers inside (`---` in a machine config) stay content.
function renderLiteralBlock(text: string): string {
  const trailing = /\n+$/.exec(text)?.[0].length ?? 0;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const indicator = text.startsWith(" ") ? "4" : "";
  const body = (trailing === 1 ? text.slice(0, -1) : text.replace(/\n$/, ""))
    .split("\n")
    .map((line) => (line === "" ? "" : `    ${line}`))
    .join("\n");
  return `|${indicator}${chomp}\n${body}\n`;
}

function prepare(value: unknown, sortKeys: boolean, jsonNumbers: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => prepare(item, sortKeys, jsonNumbers));
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, prepare(item, sortKeys, jsonNumbers)]));
  }
  if (jsonNumbers && typeof value === "number") {
    const text = formatGoFloat(value);
    return text === String(value) ? value : `${GO_FLOAT_MARK}${text}`;
  }
  return value;
}

/** strconv.FormatFloat(f, 'g', -1, 64): exponent form when the exponent is < -4 or >= 6 (shortest digits). */
export function formatGoFloat(value: number): string {
  if (!Number.isFinite(value) || value === 0) return String(value);
  const [mantissa = "0", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(value);
}
