import type { CheckEvaluator } from "../../evaluator-types";

/** Credential hygiene (see lib/catalog/checks/credential-checks.ts). */
export const CREDENTIAL_EVALUATORS: CheckEvaluator[] = [];
