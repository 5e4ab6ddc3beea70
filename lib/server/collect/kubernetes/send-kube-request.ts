import type { IncomingHttpHeaders } from "node:http";
import https from "node:https";
import type { CollectionErrorKind } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeTransport } from "./create-kube-transport";
import { describeTransportError } from "./describe-transport-error";

export type KubeHttpResult =
  | { ok: true; status: number; headers: IncomingHttpHeaders; body: Buffer }
  | {
      ok: false;
      kind: CollectionErrorKind;
      message: string;
      /** A kept-alive socket the server had closed meanwhile: safe to send the request again. */
      isStaleSocket?: boolean;
    };

const DEADLINE = "LOTSE_REQUEST_DEADLINE";
const ABORTED = "LOTSE_RUN_ABORTED";
const TOO_LARGE = "LOTSE_RESPONSE_TOO_LARGE";

/**
 * One HTTP request to the API server, answered with status, headers and the whole body, or a
 * transport failure. `timeoutMs` bounds everything from connect to the last byte, so a server that
 * drips its body slowly is cut off like a silent one; `signal` aborts it (the run's deadline);
 * a body above `maxBytes` is refused (`invalid-response`) without being read further.
 */
export function sendKubeRequest({
  transport,
  method = "GET",
  path,
  accept,
  body,
  timeoutMs,
  maxBytes,
  signal,
}: {
  transport: KubeTransport;
  method?: "GET" | "POST";
  /** Path and query, relative to the server. */
  path: string;
  accept: string;
  body?: string;
  timeoutMs: number;
  maxBytes: number;
  signal: AbortSignal;
}): Promise<KubeHttpResult> {
  const server = transport.server.origin;
  const url = new URL(transport.server.pathname.replace(/\/$/, "") + path, transport.server);
  if (signal.aborted) return Promise.resolve(abortedResult(signal, path));
  return new Promise<KubeHttpResult>((resolve) => {
    let isSettled = false;
    // Why we destroyed the request ourselves; it wins over whatever error events follow.
    let cause: string | null = null;
    const stop = (code: string) => {
      cause ??= code;
      request.destroy(coded(code));
    };
    const settle = (result: KubeHttpResult) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      resolve(result);
    };
    const fail = (error: unknown) => {
      const code = cause ?? (error as { code?: unknown }).code;
      if (code === DEADLINE) {
        return settle({ ok: false, kind: "timeout", message: `${path} did not answer within ${timeoutMs} ms.` });
      }
      if (code === ABORTED) return settle(abortedResult(signal, path));
      if (code === TOO_LARGE) {
        return settle({
          ok: false,
          kind: "invalid-response",
          message: `${path} answered more than ${maxBytes} bytes; the response was refused.`,
        });
      }
      const isStaleSocket = request.reusedSocket && (code === "ECONNRESET" || code === "EPIPE");
      settle({ ok: false, ...describeTransportError({ error, server }), isStaleSocket });
    };
    const headers: Record<string, string> = {
      ...(transport.requestOptions.headers as Record<string, string>),
      Accept: accept,
      "User-Agent": "lotse-collector",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    };
    const request = https.request(
      url,
      { ...transport.requestOptions, agent: transport.agent, method, headers, timeout: timeoutMs },
      (response) => {
        const declared = Number(response.headers["content-length"] ?? "0");
        if (declared > maxBytes) return stop(TOO_LARGE);
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) stop(TOO_LARGE);
          else chunks.push(chunk);
        });
        response.on("end", () => {
          if (response.complete) {
            settle({
              ok: true,
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            });
          } else {
            settle({ ok: false, kind: "unreachable", message: `${server} closed the connection mid-response.` });
          }
        });
        response.on("error", fail);
      },
    );
    // Note: the socket timeout only catches an idle socket; this timer also ends slow-drip bodies.
    const timer = setTimeout(() => stop(DEADLINE), timeoutMs);
    const onAbort = () => stop(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    request.on("timeout", () => stop(DEADLINE));
    request.on("error", fail);
    request.end(body);
  });
}

function coded(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** Why the run's signal aborted, for messages: "the overall deadline of … was reached", "…cancelled". */
export function describeAbort(signal: AbortSignal): string {
  return signal.reason instanceof Error && signal.reason.message
    ? signal.reason.message
    : "the collection was cancelled";
}

function abortedResult(signal: AbortSignal, path: string): KubeHttpResult {
  return { ok: false, kind: "timeout", message: `${path} was not finished: ${describeAbort(signal)}.` };
}
