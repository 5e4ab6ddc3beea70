// Label selectors in the syntax of k8s.io/apimachinery/pkg/labels: equality (=, ==, !=),
// set-based (in, notin), existence (key, !key) and numeric (>, <) requirements, comma-separated.

export type LabelRequirement =
  | { key: string; operator: "=" | "!="; value: string }
  | { key: string; operator: "in" | "notin"; values: string[] }
  | { key: string; operator: "exists" | "!exists" }
  | { key: string; operator: ">" | "<"; value: number };

export type ParsedLabelSelector = { ok: true; requirements: LabelRequirement[] } | { ok: false; message: string };

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Parses a labelSelector query parameter; an empty selector matches everything. */
export function parseLabelSelector({ selector }: { selector: string }): ParsedLabelSelector {
  const requirements: LabelRequirement[] = [];
  for (const part of splitTopLevel(selector)) {
    const text = part.trim();
    if (text === "") continue;
    const requirement = parseRequirement(text);
    if (typeof requirement === "string") return { ok: false, message: `unable to parse requirement: ${requirement}` };
    requirements.push(requirement);
  }
  return { ok: true, requirements };
}

/** True when every requirement holds for the labels. */
export function matchesLabels({
  requirements,
  labels,
}: {
  requirements: LabelRequirement[];
  labels: Record<string, string>;
}): boolean {
  return requirements.every((requirement) => {
    const has = Object.hasOwn(labels, requirement.key);
    const actual = labels[requirement.key];
    switch (requirement.operator) {
      case "=":
        return has && actual === requirement.value;
      case "!=":
        return !has || actual !== requirement.value;
      case "in":
        return has && requirement.values.includes(actual ?? "");
      case "notin":
        return !has || !requirement.values.includes(actual ?? "");
      case "exists":
        return has;
      case "!exists":
        return !has;
      case ">":
        return has && Number(actual) > requirement.value;
      case "<":
        return has && Number(actual) < requirement.value;
    }
  });
}

/** Splits on commas outside parentheses. */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of selector) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function parseRequirement(text: string): LabelRequirement | string {
  if (text.startsWith("!")) {
    const key = text.slice(1).trim();
    return KEY.test(key) ? { key, operator: "!exists" } : `invalid label key "${key}"`;
  }
  const setMatch = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(text);
  if (setMatch) {
    const [, key = "", operator, list = ""] = setMatch;
    const values = list.split(",").map((value) => value.trim());
    if (!KEY.test(key)) return `invalid label key "${key}"`;
    const badValue = values.find((value) => !VALUE.test(value));
    if (badValue !== undefined) return `invalid label value: "${badValue}"`;
    return { key, operator: operator === "in" ? "in" : "notin", values };
  }
  const opMatch = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(text);
  if (opMatch) {
    const [, key = "", operator, value = ""] = opMatch;
    if (!KEY.test(key)) return `invalid label key "${key}"`;
    if (operator === ">" || operator === "<") {
      const number = Number(value);
      return Number.isInteger(number)
        ? { key, operator, value: number }
        : `for 'gt', 'lt' operators, exactly one value is required`;
    }
    if (!VALUE.test(value)) return `invalid label value: "${value}"`;
    return { key, operator: operator === "!=" ? "!=" : "=", value };
  }
  if (KEY.test(text)) return { key: text, operator: "exists" };
  return `found '${text}', expected: identifier, '=', '==', '!=', 'in', 'notin'`;
}
