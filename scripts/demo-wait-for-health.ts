import { setTimeout as sleep } from "node:timers/promises";

const POLL_MS = 1_000;

/**
 * Polls `GET /api/health` until it answers 200 (database and a worker alive). Rejects when
 * `stopped` settles first (Lotse exited) or after `timeoutMs`, with the last answer seen.
 */
export async function waitForHealth({
  baseUrl,
  timeoutMs,
  stopped,
}: {
  baseUrl: string;
  timeoutMs: number;
  stopped: Promise<number | string>;
}): Promise<void> {
  let exit: number | string | undefined;
  void stopped.then((code) => (exit = code));
  const deadline = Date.now() + timeoutMs;
  let lastSeen = "no answer yet";
  while (Date.now() < deadline) {
    if (exit !== undefined)
      throw new Error(`Lotse stopped before it became healthy (exit ${exit}); see its output above`);
    try {
      const response = await fetch(new URL("/api/health", baseUrl), { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      lastSeen = `HTTP ${response.status} ${await response.text()}`;
    } catch (error) {
      lastSeen = (error as Error).message;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`Lotse was not healthy after ${Math.round(timeoutMs / 1000)} s (last answer: ${lastSeen})`);
}
