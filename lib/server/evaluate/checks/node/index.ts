import type { CheckEvaluator } from "../../evaluator-types";

/** One evaluator per node check (see lib/catalog/checks/node-checks.ts for their definitions). */
export const NODE_EVALUATORS: CheckEvaluator[] = [];
