import type { CommandFlags } from "@/lib/server/evaluate/read-control-plane-flags";

/** What a flag must look like. List operations read comma-separated values. */
export type FlagExpectation =
  | { op: "equals"; value: string }
  | { op: "notEquals"; value: string }
  | { op: "includes"; item: string }
  | { op: "excludes"; item: string }
  | { op: "set" }
  | { op: "unset" }
  | { op: "atLeast"; value: number };

export interface FlagRule {
  /** Without leading dashes: `anonymous-auth`. */
  flag: string;
  expect: FlagExpectation;
  /** The value the binary uses when the flag is absent (its documented default); omitted when it has none. */
  defaultValue?: string;
}

export interface FlagOutcome {
  rule: FlagRule;
  /** Every occurrence on the command line, in order. */
  occurrences: string[];
  /** The value judged: the last occurrence (the one the binary keeps), else the default. */
  effective: string | undefined;
  isDefault: boolean;
  isCompliant: boolean;
}

const TRUE_WORDS = new Set(["1", "t", "true"]);
const FALSE_WORDS = new Set(["0", "f", "false"]);

// Go's strconv.ParseBool spellings (`--flag=True`, `--flag=1`), so that "true" compares equal to them.
function normalize(value: string): string {
  const lower = value.trim().toLowerCase();
  if (TRUE_WORDS.has(lower)) return "true";
  if (FALSE_WORDS.has(lower)) return "false";
  return value.trim();
}

function splitList(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
}

/**
 * Judges one flag of a component's command line. A repeated scalar flag counts by its last value
 * (pflag keeps the last); a repeated list flag counts by every value given (pflag appends slices),
 * so `--enable-admission-plugins=A --enable-admission-plugins=B` includes both A and B.
 */
export function evaluateFlagRule(flags: CommandFlags, rule: FlagRule): FlagOutcome {
  const raw = flags[rule.flag];
  const occurrences = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const given = occurrences.at(-1);
  const effective = given ?? rule.defaultValue;
  const isDefault = given === undefined && rule.defaultValue !== undefined;
  const { expect } = rule;
  let isCompliant: boolean;
  switch (expect.op) {
    case "equals":
      isCompliant = effective !== undefined && normalize(effective) === normalize(expect.value);
      break;
    case "notEquals":
      isCompliant = effective !== undefined && normalize(effective) !== normalize(expect.value);
      break;
    case "includes":
    case "excludes": {
      const items = given === undefined ? splitList(rule.defaultValue) : occurrences.flatMap(splitList);
      const has = items.includes(expect.item);
      isCompliant = expect.op === "includes" ? has : !has;
      break;
    }
    case "set":
      isCompliant = given !== undefined && given.trim() !== "";
      break;
    case "unset":
      isCompliant = given === undefined;
      break;
    case "atLeast": {
      const number = effective === undefined ? Number.NaN : Number(effective);
      isCompliant = Number.isFinite(number) && number >= expect.value;
      break;
    }
  }
  return { rule, occurrences, effective, isDefault, isCompliant };
}

/** All rules must hold (`all`, kube-bench's `and`) or one is enough (`any`). */
export function evaluateFlagRules(
  flags: CommandFlags,
  rules: readonly FlagRule[],
  combine: "all" | "any" = "all",
): { outcomes: FlagOutcome[]; isCompliant: boolean } {
  const outcomes = rules.map((rule) => evaluateFlagRule(flags, rule));
  const isCompliant =
    combine === "all" ? outcomes.every((outcome) => outcome.isCompliant) : outcomes.some((o) => o.isCompliant);
  return { outcomes, isCompliant };
}

/** `--profiling=false`, `--profiling unset (defaults to true)`, `--token-auth-file unset`. */
export function describeFlag(outcome: FlagOutcome): string {
  const { rule, occurrences, effective, isDefault } = outcome;
  if (occurrences.length === 0) {
    return isDefault ? `--${rule.flag} unset (defaults to ${effective})` : `--${rule.flag} unset`;
  }
  const shown = occurrences.length > 1 ? occurrences.join(" / ") : (occurrences[0] ?? "");
  return `--${rule.flag}=${shown}`;
}

/** What the rule asks for, for FAIL messages: "must be false", "must include Node". */
export function describeExpectation(rule: FlagRule): string {
  const { expect } = rule;
  switch (expect.op) {
    case "equals":
      return `--${rule.flag} must be ${expect.value}`;
    case "notEquals":
      return `--${rule.flag} must not be ${expect.value}`;
    case "includes":
      return `--${rule.flag} must include ${expect.item}`;
    case "excludes":
      return `--${rule.flag} must not include ${expect.item}`;
    case "set":
      return `--${rule.flag} must be set`;
    case "unset":
      return `--${rule.flag} must not be set`;
    case "atLeast":
      return `--${rule.flag} must be at least ${expect.value}`;
  }
}
