/** The error a promise rejects with (a test helper: fails when the promise resolves). */
export async function captureError(promise: Promise<unknown>): Promise<Error & { code?: string; kind?: string }> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error(`expected a rejection, got ${String(outcome)}`);
  return outcome;
}
