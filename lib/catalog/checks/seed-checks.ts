import type { CheckDefinition } from "../catalog-types";

/** The seed checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const SEED_CHECKS: CheckDefinition[] = [];
