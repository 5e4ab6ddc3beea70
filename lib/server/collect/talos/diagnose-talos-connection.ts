import type { X509Certificate } from "node:crypto";
import tls from "node:tls";
import { TalosApiError } from "./talos-api-error";

// HTTP/2 connection preface followed by an empty SETTINGS frame (RFC 9113 §3.4).
const HTTP2_PREFACE = Buffer.concat([
  Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
  Buffer.from("000000040000000000", "hex"),
]);

/**
 * Explains an opaque connection failure: dials the endpoint with the same TLS material, speaks
 * the HTTP/2 preface, and watches what the server does. A server that refuses the client
 * certificate sends a TLS alert (Go's apid) or closes the connection right after the handshake;
 * the local certificate is then examined to say why. Returns undefined when the connection
 * actually works (the failure was transient).
 */
export async function diagnoseTalosConnection({
  host,
  port,
  caPem,
  certPem,
  keyPem,
  certificate,
  authorities,
  servername,
  timeoutMs,
}: {
  host: string;
  port: number;
  caPem: string;
  certPem: string;
  keyPem: string;
  certificate: X509Certificate;
  authorities: X509Certificate[];
  servername?: string;
  timeoutMs: number;
}): Promise<TalosApiError | undefined> {
  const endpoint = `${host}:${port}`;
  const outcome = await new Promise<
    { kind: "ok" } | { kind: "error"; message: string } | { kind: "closed" } | { kind: "timeout" }
  >((resolve) => {
    const socket = tls.connect({
      host,
      port,
      ca: caPem,
      cert: certPem,
      key: keyPem,
      ALPNProtocols: ["h2"],
      servername,
    });
    const finish = (value: Parameters<typeof resolve>[0]) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), Math.max(timeoutMs, 1));
    let isHandshakeDone = false;
    socket.once("secureConnect", () => {
      isHandshakeDone = true;
      socket.write(HTTP2_PREFACE);
    });
    socket.once("data", () => finish({ kind: "ok" }));
    // After the handshake, a reset is the server dropping the connection, as a close is: whether
    // the peer's close arrives as FIN or RST depends on whether our preface reached it first.
    socket.once("error", (error) =>
      finish(
        isHandshakeDone && /ECONNRESET|EPIPE/.test(error.message)
          ? { kind: "closed" }
          : { kind: "error", message: error.message },
      ),
    );
    socket.once("close", () => finish({ kind: "closed" }));
  });
  switch (outcome.kind) {
    case "ok":
      return undefined;
    case "timeout":
      return new TalosApiError({
        kind: "timeout",
        message: `deadline exceeded after ${timeoutMs} ms while connecting to ${endpoint}`,
      });
    case "error":
      if (/alert certificate expired/i.test(outcome.message)) {
        return new TalosApiError({
          kind: "unauthorized",
          message: "TLS: the server rejected the client certificate: certificate expired",
        });
      }
      if (/alert/i.test(outcome.message)) {
        return new TalosApiError({
          kind: "unauthorized",
          message: `TLS: the server rejected the client certificate (${explainCertificate({ certificate, authorities })})`,
        });
      }
      return new TalosApiError({ kind: "unreachable", message: `cannot connect to ${endpoint}: ${outcome.message}` });
    case "closed":
      return new TalosApiError({
        kind: "unauthorized",
        message: `TLS: the server closed the connection right after the handshake; it did not accept the client certificate (${explainCertificate({ certificate, authorities })})`,
      });
  }
}

function explainCertificate({
  certificate,
  authorities,
}: {
  certificate: X509Certificate;
  authorities: X509Certificate[];
}): string {
  const now = Date.now();
  if (now > new Date(certificate.validTo).getTime())
    return `certificate expired on ${new Date(certificate.validTo).toISOString()}`;
  if (now < new Date(certificate.validFrom).getTime())
    return `certificate is not valid before ${new Date(certificate.validFrom).toISOString()}`;
  if (!authorities.some((ca) => certificate.checkIssued(ca)))
    return "the client certificate is not issued by the talosconfig CA";
  return "the certificate looks valid locally; the cluster may no longer accept its CA";
}
