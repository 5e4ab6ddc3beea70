import { once } from "node:events";
import type { IncomingMessage } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { IssuedCertificate } from "@/lib/sim/pki";
import { internalErrorStatus } from "./build-status";
import { handleKubeRequest } from "./handle-kube-request";
import type { KubeRequestLogEntry } from "./kube-api-server-types";
import type { KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";

/**
 * The HTTPS listener: TLS with the serving certificate, client certificates requested and checked
 * against the cluster CA, every request logged, responses delayed by the latency fault.
 */
export async function serveKubeHttps({
  context,
  port,
  servingCertificate,
  clientCaPem,
  latencyMs,
  requestLog,
  requestLogLimit,
}: {
  context: () => KubeServerContext;
  port: number;
  servingCertificate: IssuedCertificate;
  clientCaPem: string;
  latencyMs: number;
  requestLog: KubeRequestLogEntry[];
  requestLogLimit: number;
}): Promise<{ port: number; close: () => Promise<void> }> {
  const timers = new Set<NodeJS.Timeout>();
  const server = https.createServer({
    key: servingCertificate.keyPem,
    cert: servingCertificate.certPem,
    ca: clientCaPem,
    requestCert: true,
    // Note: the handshake accepts any client certificate (or none) so that failures are answered
    // as a kube-apiserver answers them, 401 with a Status body; authenticateRequest checks
    // `socket.authorized` before it trusts a certificate.
    rejectUnauthorized: false,
    minVersion: "TLSv1.2",
  });
  // Clients that reject our certificate (wrong CA, expired) abort the handshake: expected.
  server.on("tlsClientError", () => undefined);
  server.on("request", async (request, response) => {
    const ctx = context();
    const arrived = ctx.now();
    let result: { response: KubeResponse; identity: { user: string; groups: string[] } | undefined };
    try {
      const body = request.method === "POST" ? await readBody(request) : Buffer.alloc(0);
      result = handleKubeRequest({ context: ctx, request, body });
    } catch (error) {
      result = {
        response: internalErrorStatus({ cause: error instanceof Error ? error.message : String(error) }),
        identity: undefined,
      };
    }
    const url = request.url ?? "/";
    const queryStart = url.indexOf("?");
    requestLog.push({
      time: arrived.toISOString(),
      method: request.method ?? "GET",
      path: queryStart === -1 ? url : url.slice(0, queryStart),
      query: queryStart === -1 ? "" : url.slice(queryStart + 1),
      accept: request.headers.accept,
      user: result.identity?.user,
      groups: result.identity?.groups ?? [],
      status: result.response.status,
      ...(result.response.output ? { output: result.response.output } : {}),
    });
    // Trim in batches: splicing one entry per request would be quadratic.
    if (requestLog.length > requestLogLimit + Math.ceil(requestLogLimit / 10))
      requestLog.splice(0, requestLog.length - requestLogLimit);
    const write = () => {
      if (response.destroyed) return;
      response.writeHead(result.response.status, { ...result.response.headers, "Cache-Control": "no-cache, private" });
      response.end(request.method === "HEAD" ? undefined : result.response.body);
    };
    if (latencyMs <= 0) return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, latencyMs);
    timers.add(timer);
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request body; more than 1 MiB is refused (the reviews the simulator accepts are tiny). */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body larger than 1 MiB");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
