import { isMap, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { checkScenarioReferences } from "./check-scenario-references";
import { formatIssuePath, ScenarioError, type ScenarioIssue } from "./scenario-error";
import { scenarioSchema, type Scenario } from "./scenario-schema";

/** Largest scenario text accepted, in bytes. Real scenarios are a few KiB. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
// Note: aliases are how a "billion laughs" YAML bomb multiplies a tiny file; a scenario never needs many.
const MAX_ALIASES = 50;

/**
 * Parses and validates a scenario (YAML text). Throws ScenarioError naming the field of every
 * problem: YAML syntax (with line and column), schema violations, and references that do not
 * resolve (override indexes and names, timeline clusters, duplicate cluster names).
 */
export function parseScenario({ text, source = "<scenario>" }: { text: string; source?: string }): Scenario {
  if (Buffer.byteLength(text, "utf8") > MAX_SCENARIO_BYTES) {
    throw new ScenarioError({
      source,
      issues: [{ path: "", message: `file is larger than ${MAX_SCENARIO_BYTES} bytes` }],
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, stringKeys: true });
  if (document.errors.length > 0) {
    // One syntax error cascades into many; the first few locate it.
    const issues = document.errors.slice(0, 3).map((error): ScenarioIssue => {
      const position = lineCounter.linePos(error.pos[0]);
      return { path: `line ${position.line}, column ${position.col}`, message: firstLine(error.message) };
    });
    throw new ScenarioError({ source, issues });
  }
  if (!isMap(document.contents)) {
    throw new ScenarioError({ source, issues: [{ path: "", message: "expected a YAML mapping at the top level" }] });
  }
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ScenarioError({ source, issues: [{ path: "", message: firstLine((error as Error).message) }] });
  }
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) throw new ScenarioError({ source, issues: toIssues(result.error) });
  const referenceIssues = checkScenarioReferences({ scenario: result.data });
  if (referenceIssues.length > 0) throw new ScenarioError({ source, issues: referenceIssues });
  return result.data;
}

function toIssues(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath({ path: issue.path }), message: issue.message }));
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
