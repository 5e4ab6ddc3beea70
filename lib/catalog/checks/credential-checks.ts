import type { CheckDefinition } from "../catalog-types";

/** The credential checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const CREDENTIAL_CHECKS: CheckDefinition[] = [];
