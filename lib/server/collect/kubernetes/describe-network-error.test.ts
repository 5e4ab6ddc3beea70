import { describe, expect, it } from "vitest";
import { describeNetworkError } from "./describe-network-error";

const TARGET = "https://cp.edge-berlin.example:6443";

/** A Node system error as `net`, `dns` and `tls` raise it: a message and a `code`. */
function nodeError(code: string, message = `${code.toLowerCase()} ${TARGET}`): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeNetworkError", () => {
  it.each([
    // getaddrinfo: the name does not exist, or no resolver answered (EAI_AGAIN, "try again").
    { code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND cp.edge-berlin.example" },
    { code: "EAI_AGAIN", message: "getaddrinfo EAI_AGAIN cp.edge-berlin.example" },
  ])("reports $code as a DNS failure naming the target", ({ code, message }) => {
    expect(describeNetworkError(nodeError(code, message), TARGET)).toEqual({
      kind: "dns",
      message: `DNS: cannot resolve the host of ${TARGET}.`,
    });
  });

  it.each([
    { code: "ECONNREFUSED", kind: "refused" },
    { code: "ECONNRESET", kind: "unreachable" },
    { code: "EHOSTUNREACH", kind: "unreachable" },
    { code: "CERT_HAS_EXPIRED", kind: "certificate-expired" },
    { code: "CERT_NOT_YET_VALID", kind: "tls" },
    { code: "SELF_SIGNED_CERT_IN_CHAIN", kind: "tls" },
    { code: "ERR_TLS_CERT_ALTNAME_INVALID", kind: "tls" },
  ])("tells $code apart from a DNS failure ($kind)", ({ code, kind }) => {
    expect(describeNetworkError(nodeError(code), TARGET).kind).toBe(kind);
  });

  // Node's messages when an OpenSSL server (TLS 1.3) refuses the client certificate, as Node 24 raises them.
  const OPENSSL_ALERT = (number: number, alert: string) =>
    `40DD6E7ED77F0000:error:0A000418:SSL routines:ssl3_read_bytes:${alert}:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:918:SSL alert number ${number}\n`;

  it("reads the client-certificate alerts a server sends from the message, quoting only the alert", () => {
    const expired = nodeError(
      "ERR_SSL_SSL/TLS_ALERT_CERTIFICATE_EXPIRED",
      OPENSSL_ALERT(45, "ssl/tls alert certificate expired"),
    );
    expect(describeNetworkError(expired, TARGET)).toEqual({
      kind: "certificate-expired",
      message: `TLS: ${TARGET} rejected the client certificate as expired.`,
    });
    const unknownCa = nodeError("ERR_SSL_TLSV1_ALERT_UNKNOWN_CA", OPENSSL_ALERT(48, "tlsv1 alert unknown ca"));
    expect(describeNetworkError(unknownCa, TARGET)).toEqual({
      kind: "unauthorized",
      message: `TLS: ${TARGET} rejected the client certificate (alert unknown ca).`,
    });
  });

  it("falls back to unreachable with the original message, also for values that are not errors", () => {
    expect(describeNetworkError(nodeError("EWHATEVER", "socket hang up"), TARGET)).toEqual({
      kind: "unreachable",
      message: `Cannot reach ${TARGET}: socket hang up`,
    });
    expect(describeNetworkError("boom", TARGET)).toEqual({
      kind: "unreachable",
      message: `Cannot reach ${TARGET}: boom`,
    });
  });
});
