import type { CheckDefinition } from "../catalog-types";

/** The node checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const NODE_CHECKS: CheckDefinition[] = [];
