import type { CheckDefinition } from "../catalog-types";

/** The cis checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const CIS_CHECKS: CheckDefinition[] = [];
