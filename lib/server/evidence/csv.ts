// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end CRLF.
// Note: a text field starting with = + @ or a tab/CR is prefixed with ' so a spreadsheet opening
// the file never evaluates it as a formula (values come from cluster objects, which tenants name).

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
