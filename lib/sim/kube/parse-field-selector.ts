// Field selectors: comma-separated `field=value`, `field==value`, `field!=value` terms, with
// backslash escapes as in k8s.io/apimachinery/pkg/fields. Which fields a resource supports is
// decided in read-selectable-field.ts, as each apiserver registry strategy decides it.

export interface FieldRequirement {
  field: string;
  operator: "=" | "!=";
  value: string;
}

export type ParsedFieldSelector = { ok: true; requirements: FieldRequirement[] } | { ok: false; message: string };

export function parseFieldSelector({ selector }: { selector: string }): ParsedFieldSelector {
  const requirements: FieldRequirement[] = [];
  for (const term of splitUnescaped(selector, ",")) {
    if (term.trim() === "") continue;
    const match = /^(.*?)(==|!=|=)(.*)$/s.exec(term);
    if (!match) return { ok: false, message: `invalid selector: '${selector}'; can't understand '${term}'` };
    const [, field = "", operator, value = ""] = match;
    requirements.push({ field: field.trim(), operator: operator === "!=" ? "!=" : "=", value: unescape(value) });
  }
  return { ok: true, requirements };
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\\" && index + 1 < text.length) {
      current += char + text[index + 1];
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, "$1");
}
