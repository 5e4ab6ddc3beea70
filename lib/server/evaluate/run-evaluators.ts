import type { CheckEvaluator, CheckResult, EvaluationContext } from "./evaluator-types";

/**
 * Runs every evaluator on one snapshot. An evaluator that throws (a bug, or a snapshot shape it did
 * not expect) yields one UNKNOWN finding naming the error instead of stopping the others.
 */
export function runEvaluators(context: EvaluationContext, evaluators: readonly CheckEvaluator[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const evaluator of evaluators) {
    try {
      for (const result of evaluator.evaluate(context)) {
        if (result.checkId !== evaluator.check.id) {
          throw new Error(`returned a result for ${result.checkId}`);
        }
        results.push(result);
      }
    } catch (error) {
      results.push({
        checkId: evaluator.check.id,
        subject: { kind: "cluster" },
        status: "UNKNOWN",
        message: `The check could not be evaluated: ${error instanceof Error ? error.message : String(error)}`,
        evidence: [],
      });
    }
  }
  return results;
}
