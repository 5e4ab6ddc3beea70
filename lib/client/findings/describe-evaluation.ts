/** After a collection, how long the page keeps waiting for its evaluation before it stops asking. */
export const EVALUATION_WAIT_MS = 3 * 60_000;

/**
 * True while the cluster's latest successful collection has not been evaluated yet (the worker
 * evaluates right after collecting), for a few minutes after it; then the page stops waiting.
 */
export function isEvaluationPending({
  lastSuccessAt,
  evaluatedAt,
  now,
}: {
  lastSuccessAt: string | null;
  evaluatedAt: string | null;
  now: number;
}): boolean {
  if (!lastSuccessAt) return false;
  const collected = new Date(lastSuccessAt).getTime();
  if (evaluatedAt && new Date(evaluatedAt).getTime() >= collected) return false;
  return now - collected < EVALUATION_WAIT_MS;
}
