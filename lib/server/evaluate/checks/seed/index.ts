import type { CheckEvaluator } from "../../evaluator-types";

/** One evaluator per seed check (see lib/catalog/checks/seed-checks.ts for their definitions). */
export const SEED_EVALUATORS: CheckEvaluator[] = [];
