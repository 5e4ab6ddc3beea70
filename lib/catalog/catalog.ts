import type { Catalog, CheckDefinition, Control, FrameworkId, Mapping } from "./catalog-types";
import { CIS_CHECKS } from "./checks/cis-checks";
import { CREDENTIAL_CHECKS } from "./checks/credential-checks";
import { NODE_CHECKS } from "./checks/node-checks";
import { SEED_CHECKS } from "./checks/seed-checks";
import { FRAMEWORKS } from "./frameworks";
import { benchmarkMappings } from "./mappings/benchmark-mappings";
import { CREDENTIAL_MAPPINGS } from "./mappings/credential-mappings";
import { NODE_MAPPINGS } from "./mappings/node-mappings";
import { SEED_MAPPINGS } from "./mappings/seed-mappings";

// Changelog (semver: major = a mapping or check removed or its meaning changed, minor = checks,
// controls or mappings added, patch = wording only). Stored with every evaluation, so a score can
// always be traced to the catalog that produced it.
// 1.0.0 — seven frameworks (CIS 1.10 complete, the other six as referenced), the seed talk's
//         mapping with its corrections and proposed additions, node and credential mappings,
//         CIS benchmark mappings derived from the CIS check definitions.

const CHECKS: CheckDefinition[] = [...SEED_CHECKS, ...CIS_CHECKS, ...NODE_CHECKS, ...CREDENTIAL_CHECKS];

export const CATALOG: Catalog = {
  version: "1.0.0",
  frameworks: FRAMEWORKS,
  checks: CHECKS,
  mappings: [...SEED_MAPPINGS, ...NODE_MAPPINGS, ...CREDENTIAL_MAPPINGS, ...benchmarkMappings(CHECKS)],
};

const CHECKS_BY_ID = new Map(CATALOG.checks.map((check) => [check.id, check]));
const FRAMEWORKS_BY_ID = new Map(CATALOG.frameworks.map((framework) => [framework.id, framework]));

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const controlKey = (frameworkId: string, controlId: string) => `${frameworkId}\u0000${controlId}`;
const MAPPINGS_BY_CHECK = groupBy(CATALOG.mappings, (mapping) => mapping.checkId);
const MAPPINGS_BY_CONTROL = groupBy(CATALOG.mappings, (mapping) => controlKey(mapping.frameworkId, mapping.controlId));

export function findCheck(id: string): CheckDefinition | undefined {
  return CHECKS_BY_ID.get(id);
}

/** The framework's controls in its own order; empty for an unknown id. */
export function controlsOfFramework(id: FrameworkId): Control[] {
  return FRAMEWORKS_BY_ID.get(id)?.controls ?? [];
}

export function mappingsForCheck(id: string): Mapping[] {
  return MAPPINGS_BY_CHECK.get(id) ?? [];
}

/** The defined checks mapped to one control (a mapping whose check is not defined is skipped). */
export function checksForControl(frameworkId: FrameworkId, controlId: string): CheckDefinition[] {
  return (MAPPINGS_BY_CONTROL.get(controlKey(frameworkId, controlId)) ?? [])
    .map((mapping) => CHECKS_BY_ID.get(mapping.checkId))
    .filter((check): check is CheckDefinition => check !== undefined);
}
