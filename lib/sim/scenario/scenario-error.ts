/** One problem in a scenario file, at a field path such as `groups[1].faults.kube.errorRate`. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/**
 * A scenario file that cannot be used. The message lists every issue with its field path, so the
 * CLI can print it as is.
 */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  readonly source: string;

  constructor({ source, issues }: { source: string; issues: ScenarioIssue[] }) {
    const lines = issues.map((issue) => `  ${issue.path || "(file)"}: ${issue.message}`);
    super(`invalid scenario ${source}:\n${lines.join("\n")}`);
    this.name = "ScenarioError";
    this.issues = issues;
    this.source = source;
  }
}

/** `["groups", 1, "faults"]` → `groups[1].faults`. */
export function formatIssuePath({ path }: { path: readonly PropertyKey[] }): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}
