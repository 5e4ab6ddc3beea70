import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeTransport } from "./create-kube-transport";
import type { RequestLimiter } from "./create-request-limiter";
import { describeKubeStatus, isRetryableStatus } from "./describe-kube-status";
import { parseRetryAfter } from "./parse-retry-after";
import { describeAbort, sendKubeRequest } from "./send-kube-request";

export type KubeJsonResult =
  | { ok: true; status: number; json: unknown }
  /** `status` is the HTTP status when the server answered (e.g. 410 for an expired continue token). */
  | { ok: false; status: number | null; error: CollectionError };

export interface KubeRequest {
  /** Path and query relative to the server. */
  path: string;
  accept?: string;
  /** POST this JSON body instead of a GET. */
  body?: string;
  maxBytes: number;
  /** The CollectionError target, e.g. `kubernetes:pods`. */
  target: string;
}

export interface KubeClient {
  request: (request: KubeRequest) => Promise<KubeJsonResult>;
  /** Aborts when the run's deadline passes or the caller cancels. */
  signal: AbortSignal;
}

const MAX_RETRIES = 2;
const BACKOFF_BASE_MS = 200;
const RETRY_AFTER_CAP_MS = 2_000;

/**
 * The JSON client of one collection run: every request waits for a slot of the cluster's limiter,
 * has its own timeout (never past the run's deadline), and 429/5xx answers are retried at most
 * twice with a short backoff that honours Retry-After up to a cap. Transport failures (refused,
 * TLS, timeouts) are not retried, they would only repeat or double the wait; except a kept-alive
 * socket the server closed meanwhile, which is resent at once.
 *
 * Why not client-node's generated APIs: they offer no per-request deadline covering slow bodies,
 * no response size limit and no control over Accept (metadata-only lists), which this needs.
 */
export function createKubeClient({
  transport,
  limiter,
  requestTimeoutMs,
  signal,
  deadlineAt,
}: {
  transport: KubeTransport;
  limiter: RequestLimiter;
  requestTimeoutMs: number;
  signal: AbortSignal;
  /** Epoch ms when the run's deadline passes. */
  deadlineAt: number;
}): KubeClient {
  const timeoutError = (target: string, path: string): KubeJsonResult => {
    const reason = signal.aborted ? describeAbort(signal) : "the overall deadline was reached";
    return {
      ok: false,
      status: null,
      error: { target, kind: "timeout", message: `${path} was not finished: ${reason}.` },
    };
  };
  async function request({ path, accept = "application/json", body, maxBytes, target }: KubeRequest) {
    for (let attempt = 0; ; attempt += 1) {
      const release = await limiter.acquire(signal);
      if (!release) return timeoutError(target, path);
      const remaining = deadlineAt - Date.now();
      if (remaining <= 0) {
        release();
        return timeoutError(target, path);
      }
      const method = body === undefined ? "GET" : "POST";
      const timeoutMs = Math.min(requestTimeoutMs, remaining);
      const response = await sendKubeRequest({ transport, method, path, accept, body, timeoutMs, maxBytes, signal });
      release();
      if (!response.ok) {
        // Node's advice for keep-alive agents: a reused socket the server closed is retried.
        if (response.isStaleSocket && attempt < MAX_RETRIES) continue;
        return { ok: false, status: null, error: { target, kind: response.kind, message: response.message } } as const;
      }
      const { status } = response;
      if (status >= 200 && status < 300) return parseJson(response.body, status, target, path);
      if (isRetryableStatus(status) && attempt < MAX_RETRIES) {
        const asked = parseRetryAfter({ header: response.headers["retry-after"], body: response.body });
        const waitMs = asked === null ? BACKOFF_BASE_MS * 2 ** attempt : Math.min(asked, RETRY_AFTER_CAP_MS);
        if (Date.now() + waitMs < deadlineAt) {
          await pause(waitMs, signal);
          continue;
        }
      }
      return {
        ok: false,
        status,
        error: { target, ...describeKubeStatus({ status, body: response.body, path }) },
      } as const;
    }
  }
  return { request, signal };
}

function parseJson(body: Buffer, status: number, target: string, path: string): KubeJsonResult {
  try {
    return { ok: true, status, json: JSON.parse(body.toString("utf8")) as unknown };
  } catch {
    return {
      ok: false,
      status,
      error: { target, kind: "invalid-response", message: `${path} did not answer valid JSON.` },
    };
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
