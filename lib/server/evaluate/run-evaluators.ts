import type { CheckEvaluator, CheckResult, EvaluationContext } from "./evaluator-types";

export interface EvaluatorRun {
  results: CheckResult[];
  /**
   * The checks whose evaluators read `context.now` (backup age, certificate expiry, support dates):
   * the only verdicts that can change while the snapshot, catalog, waivers and credentials stay
   * the same. Found by watching the reads, so an evaluator cannot forget to declare it.
   */
  clockCheckIds: string[];
}

/**
 * Runs every evaluator on one snapshot. An evaluator that throws (a bug, or a snapshot shape it did
 * not expect) yields one UNKNOWN finding naming the error instead of stopping the others.
 */
export function runEvaluators(context: EvaluationContext, evaluators: readonly CheckEvaluator[]): CheckResult[] {
  return runEvaluatorsWatchingClock(context, evaluators).results;
}

/** runEvaluators, also naming the checks whose evaluators read the clock. */
export function runEvaluatorsWatchingClock(
  context: EvaluationContext,
  evaluators: readonly CheckEvaluator[],
): EvaluatorRun {
  const results: CheckResult[] = [];
  const clockCheckIds: string[] = [];
  for (const evaluator of evaluators) {
    let readsClock = false;
    const watched: EvaluationContext = {
      snapshot: context.snapshot,
      platform: context.platform,
      credentials: context.credentials,
      get now() {
        readsClock = true;
        return context.now;
      },
    };
    try {
      for (const result of evaluator.evaluate(watched)) {
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
    if (readsClock) clockCheckIds.push(evaluator.check.id);
  }
  return { results, clockCheckIds };
}
