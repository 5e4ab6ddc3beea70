import type { CheckEvaluator } from "../evaluator-types";
import { CIS_EVALUATORS } from "./cis";
import { CREDENTIAL_EVALUATORS } from "./credential";
import { NODE_EVALUATORS } from "./node";
import { SEED_EVALUATORS } from "./seed";

/** Every evaluator Lotse runs; each check of the catalog has exactly one (a test enforces it). */
export const EVALUATORS: readonly CheckEvaluator[] = [
  ...SEED_EVALUATORS,
  ...CIS_EVALUATORS,
  ...NODE_EVALUATORS,
  ...CREDENTIAL_EVALUATORS,
];
