import type { CheckEvaluator } from "../../evaluator-types";

/** One evaluator per cis check (see lib/catalog/checks/cis-checks.ts for their definitions). */
export const CIS_EVALUATORS: CheckEvaluator[] = [];
