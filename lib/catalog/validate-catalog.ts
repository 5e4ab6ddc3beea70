import { CATALOG } from "./catalog";
import type { Catalog, CheckDefinition, Framework, FrameworkId } from "./catalog-types";

const SEVERITIES = new Set(["critical", "high", "medium", "low", "info"]);
const SCOPES = new Set(["cluster", "node", "namespace", "workload"]);
const GROUPS = new Set(["seed", "cis", "node", "credential"]);

/** Control ids as each framework writes them; catches typos and foreign numbering. */
const CONTROL_ID_PATTERNS: Record<FrameworkId, RegExp> = {
  "cis-k8s": /^\d+(\.\d+){1,2}$/,
  "nist-800-53": /^[A-Z]{2}-\d{1,2}(\(\d{1,2}\))?$/,
  "iso-27001": /^A\.[5-8]\.\d{1,2}$/,
  soc2: /^(CC[1-9]|A1|C1|PI1|P[1-8])\.\d{1,2}$/,
  "pci-dss": /^(\d{1,2}|A[1-3])(\.\d{1,2}){0,3}$/,
  nis2: /^Art\. \d{1,3}(\(\d{1,2}\))?(\([a-z]\))*$/,
  gdpr: /^Art\. \d{1,3}(\(\d{1,2}\))?(\([a-z]\))*$/,
};

/** ISO/IEC 27001:2022 Annex A has 37, 8, 14 and 34 controls in themes A.5–A.8 (2013 used A.5–A.18). */
const ISO_2022_THEME_SIZES: Record<string, number> = { "5": 37, "6": 8, "7": 14, "8": 34 };

const isBlank = (text: string | undefined) => text === undefined || text.trim() === "";

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

function frameworkProblems(framework: Framework): string[] {
  const problems: string[] = [];
  if (isBlank(framework.name) || isBlank(framework.version)) {
    problems.push(`framework ${framework.id}: name and version are required`);
  }
  for (const id of duplicates(framework.controls.map((control) => control.id))) {
    problems.push(`framework ${framework.id}: control ${id} is listed twice`);
  }
  for (const control of framework.controls) {
    if (isBlank(control.title)) problems.push(`framework ${framework.id}: control ${control.id} has no title`);
    if (!CONTROL_ID_PATTERNS[framework.id].test(control.id)) {
      problems.push(`framework ${framework.id}: "${control.id}" is not an id of ${framework.id}`);
    } else if (framework.id === "iso-27001") {
      const [, theme = "", number = "0"] = control.id.split(".");
      const size = ISO_2022_THEME_SIZES[theme] ?? 0;
      if (Number(number) < 1 || Number(number) > size) {
        problems.push(`framework iso-27001: ${control.id} does not exist in the 2022 Annex A (A.${theme} has ${size})`);
      }
    }
  }
  return problems;
}

function checkProblems(check: CheckDefinition): string[] {
  const problems: string[] = [];
  const where = `check ${check.id || "(no id)"}`;
  if (!GROUPS.has(check.group) || !check.id.startsWith(`${check.group}.`)) {
    problems.push(`${where}: id must start with its group ("${check.group}.")`);
  }
  if (isBlank(check.title)) problems.push(`${where}: title is empty`);
  if (isBlank(check.rationale)) problems.push(`${where}: rationale is empty`);
  if (!SEVERITIES.has(check.severity)) problems.push(`${where}: unknown severity "${check.severity}"`);
  if (!SCOPES.has(check.scope)) problems.push(`${where}: unknown scope "${check.scope}"`);
  if (check.evidence.length === 0 || check.evidence.some((item) => isBlank(item))) {
    problems.push(`${where}: evidence must name at least one source, none empty`);
  }
  if (!Object.values(check.remediation).some((text) => !isBlank(text))) {
    problems.push(`${where}: remediation is missing for every platform`);
  }
  if (check.group === "cis") {
    if (!check.cis) problems.push(`${where}: a CIS check needs its cis facts (id, automated, section)`);
    else if (`cis.${check.cis.id}` !== check.id)
      problems.push(`${where}: cis.id "${check.cis.id}" does not match the check id`);
  }
  return problems;
}

function mappingProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const checks = new Map(catalog.checks.map((check) => [check.id, check]));
  const frameworks = new Map(catalog.frameworks.map((framework) => [framework.id, framework]));
  const controlIds = new Map(catalog.frameworks.map((f) => [f.id, new Set(f.controls.map((control) => control.id))]));
  const keys = catalog.mappings.map((m) => `${m.checkId} → ${m.frameworkId} ${m.controlId}`);
  for (const key of duplicates(keys)) problems.push(`mapping ${key} is listed twice`);

  catalog.mappings.forEach((mapping, index) => {
    const where = `mapping ${keys[index]}`;
    const check = checks.get(mapping.checkId);
    if (!check) problems.push(`${where}: no check ${mapping.checkId} is defined`);
    if (!frameworks.has(mapping.frameworkId)) problems.push(`${where}: no framework ${mapping.frameworkId}`);
    else if (!controlIds.get(mapping.frameworkId)?.has(mapping.controlId)) {
      problems.push(`${where}: ${mapping.frameworkId} has no control ${mapping.controlId}`);
    }
    if ((mapping.provenance === "corrected" || mapping.provenance === "proposed") && isBlank(mapping.reason)) {
      problems.push(`${where}: a ${mapping.provenance} mapping needs a reason`);
    }
    const isOwnCisControl = mapping.frameworkId === "cis-k8s" && (!check || check.cis?.id === mapping.controlId);
    if (mapping.provenance === "benchmark" && !isOwnCisControl) {
      problems.push(`${where}: "benchmark" is only for a CIS check mapped to its own CIS control`);
    }
  });
  return problems;
}

function unreferencedProblems(catalog: Catalog): string[] {
  const referenced = new Set(catalog.mappings.map((mapping) => `${mapping.frameworkId} ${mapping.controlId}`));
  return catalog.frameworks
    .filter((framework) => framework.id !== "cis-k8s")
    .flatMap((framework) => framework.controls.map((control) => `${framework.id} ${control.id}`))
    .filter((key) => !referenced.has(key))
    .map((key) => `control ${key} is not referenced by any mapping (list only controls a check maps to)`);
}

/**
 * Every problem that makes the catalog unusable, as readable sentences; empty = valid. CIS controls
 * without a check are not problems (the benchmark is listed in full), see `unassessedControls`.
 */
export function validateCatalog(catalog: Catalog): string[] {
  const problems: string[] = [];
  if (!/^\d+\.\d+\.\d+$/.test(catalog.version)) problems.push(`catalog version "${catalog.version}" is not semver`);
  const frameworkIds = duplicates(catalog.frameworks.map((framework) => framework.id));
  problems.push(...frameworkIds.map((id) => `framework ${id} is listed twice`));
  problems.push(...duplicates(catalog.checks.map((check) => check.id)).map((id) => `check ${id} is defined twice`));
  problems.push(...catalog.frameworks.flatMap(frameworkProblems));
  problems.push(...catalog.checks.flatMap(checkProblems));
  problems.push(...mappingProblems(catalog));
  problems.push(...unreferencedProblems(catalog));
  return problems;
}

/** Controls no defined check maps to: shown as "unassessed", never scored. */
export function unassessedControls(catalog: Catalog): { frameworkId: FrameworkId; controlId: string }[] {
  const defined = new Set(catalog.checks.map((check) => check.id));
  const assessed = new Set(
    catalog.mappings.filter((m) => defined.has(m.checkId)).map((m) => `${m.frameworkId} ${m.controlId}`),
  );
  return catalog.frameworks.flatMap((framework) =>
    framework.controls
      .filter((control) => !assessed.has(`${framework.id} ${control.id}`))
      .map((control) => ({ frameworkId: framework.id, controlId: control.id })),
  );
}

/** Start-up guard for web and worker: throws one error that lists every problem. */
export function assertValidCatalog(catalog: Catalog = CATALOG): void {
  const problems = validateCatalog(catalog);
  if (problems.length === 0) return;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  throw new Error(
    `Control catalog ${catalog.version} is invalid (${count}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
}
