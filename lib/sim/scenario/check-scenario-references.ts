import { expandScenario } from "./expand-scenario";
import { formatClusterName, hasNumberToken } from "./format-cluster-name";
import { resolveClusterSpec } from "./resolve-cluster-spec";
import type { ScenarioIssue } from "./scenario-error";
import type { Scenario } from "./scenario-schema";

/**
 * What the schema alone cannot check: override targets that exist, unique cluster names,
 * timeline entries naming a real cluster, node names in Talos drift and faults (in every state
 * the timeline puts a cluster in).
 */
export function checkScenarioReferences({ scenario }: { scenario: Scenario }): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  (scenario.groups ?? []).forEach((group, groupIndex) => {
    const start = group.start ?? 1;
    if (group.count > 1 && !hasNumberToken({ pattern: group.name })) {
      issues.push({
        path: `groups[${groupIndex}].name`,
        message: "a group of more than one cluster needs {n} in its name",
      });
    }
    const names = new Set(
      Array.from({ length: group.count }, (_, position) =>
        formatClusterName({ pattern: group.name, number: start + position }),
      ),
    );
    (group.overrides ?? []).forEach((override, overrideIndex) => {
      const path = `groups[${groupIndex}].overrides[${overrideIndex}]`;
      if ((override.index === undefined) === (override.name === undefined)) {
        issues.push({ path, message: "give exactly one of index or name" });
      } else if (override.index !== undefined && (override.index < start || override.index >= start + group.count)) {
        issues.push({
          path: `${path}.index`,
          message: `no cluster ${override.index} in this group (it has ${start} to ${start + group.count - 1})`,
        });
      } else if (override.name !== undefined && !names.has(override.name)) {
        issues.push({ path: `${path}.name`, message: `no cluster named "${override.name}" in this group` });
      }
    });
  });
  const entries = expandScenario({ scenario });
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const first = seen.get(entry.name);
    if (first)
      issues.push({ path: `${entry.path}.name`, message: `cluster name "${entry.name}" is already used by ${first}` });
    else seen.set(entry.name, entry.path);
  }
  (scenario.timeline ?? []).forEach((entry, index) => {
    if (!seen.has(entry.cluster)) {
      issues.push({
        path: `timeline[${index}].cluster`,
        message: `no cluster named "${entry.cluster}" in this scenario`,
      });
    }
  });
  if (issues.length > 0) return issues;
  // Every state a cluster passes through must resolve: before any change, and after each one.
  const reported = new Set<string>();
  for (const entry of entries) {
    const days = (scenario.timeline ?? [])
      .filter((change) => change.cluster === entry.name)
      .map((change) => change.day);
    for (const day of [Number.NEGATIVE_INFINITY, ...new Set(days)]) {
      for (const issue of resolveClusterSpec({ scenario, entry, day }).issues) {
        const key = `${issue.path}: ${issue.message}`;
        if (!reported.has(key)) issues.push(issue);
        reported.add(key);
      }
    }
  }
  return issues;
}
