import { status } from "@grpc/grpc-js";
import { setTimeout as sleep } from "node:timers/promises";
import type { RequestLimiter } from "@/lib/server/collect/kubernetes/create-request-limiter";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import { describeTalosCallError } from "./describe-talos-call-error";
import { TalosApiError } from "./talos-api-error";

/** Pauses before the 2nd and 3rd attempt of a transient failure. */
const RETRY_BACKOFF_MS = [100, 300];

export type TalosCallResult<T> = { ok: true; value: T } | { ok: false; error: CollectionError };

export interface TalosCallRunner {
  /**
   * Runs one call within the deadlines and the concurrency limit; never throws. `call` gets the
   * time it may take and the signal that cancels it.
   */
  run<T>(options: {
    target: string;
    isAdminOnly?: boolean;
    call: (limits: { timeoutMs: number; signal: AbortSignal }) => Promise<T>;
  }): Promise<TalosCallResult<T>>;
}

/**
 * Every Talos call of one collection goes through this: it waits for a slot of the cluster's
 * limiter, gets `min(requestTimeoutMs, time left until deadlineAt)`, and is retried with a short
 * backoff only when it failed as Unavailable without a TLS or credential reason (a dropped
 * connection, a node apid could not dial) and time is left. Once `signal` aborts (overall
 * deadline or cancellation), nothing new starts and in-flight calls are cancelled; what is left is
 * recorded as `timeout` with the abort reason.
 */
export function createTalosCallRunner({
  limiter,
  signal,
  deadlineAt,
  deadlineReason,
  requestTimeoutMs,
}: {
  limiter: RequestLimiter;
  signal: AbortSignal;
  /** Epoch ms of the overall deadline. */
  deadlineAt: number;
  /** What a call not made because the deadline passed says: the same words as the deadline's abort. */
  deadlineReason: string;
  requestTimeoutMs: number;
}): TalosCallRunner {
  // Note: on a busy machine the deadline timer can fire late, so a call may find the deadline
  // passed while the signal is not aborted yet; it says the deadline, not a generic stop.
  const reason = (): string => {
    if (signal.aborted && signal.reason instanceof Error) return signal.reason.message;
    return Date.now() >= deadlineAt ? deadlineReason : "the collection was stopped";
  };
  const aborted = (target: string): CollectionError => ({ target, kind: "timeout", message: `not read: ${reason()}` });
  return {
    async run({ target, isAdminOnly = false, call }) {
      let lastError: unknown;
      for (let attempt = 0; attempt <= RETRY_BACKOFF_MS.length; attempt += 1) {
        const release = await limiter.acquire(signal);
        if (!release) return { ok: false, error: aborted(target) };
        const remaining = deadlineAt - Date.now();
        try {
          if (remaining <= 0) return { ok: false, error: aborted(target) };
          return { ok: true, value: await call({ timeoutMs: Math.min(requestTimeoutMs, remaining), signal }) };
        } catch (error) {
          if (signal.aborted) return { ok: false, error: aborted(target) };
          lastError = error;
        } finally {
          release();
        }
        const backoff = RETRY_BACKOFF_MS[attempt];
        if (backoff === undefined || !isTransient(lastError) || Date.now() + backoff >= deadlineAt) break;
        try {
          await sleep(backoff, undefined, { signal });
        } catch {
          return { ok: false, error: aborted(target) };
        }
      }
      return { ok: false, error: describeTalosCallError({ error: lastError, target, isAdminOnly }) };
    },
  };
}

function isTransient(error: unknown): boolean {
  return error instanceof TalosApiError && error.grpcCode === status.UNAVAILABLE && error.kind === "unreachable";
}
