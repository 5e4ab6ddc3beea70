export type ConnectionErrorKind =
  | "dns"
  | "refused"
  | "timeout"
  | "tls"
  | "certificate-expired"
  | "unauthorized"
  | "forbidden"
  | "unreachable"
  | "invalid-response";

const TLS_VERIFY_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_SIGNATURE_FAILURE",
  "CERT_UNTRUSTED",
]);

/** Turns a Node network/TLS error into a precise reason a platform engineer can act on. */
export function describeNetworkError(error: unknown, target: string): { kind: ConnectionErrorKind; message: string } {
  const code = (error as { code?: string })?.code ?? "";
  const text = error instanceof Error ? error.message : String(error);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return { kind: "dns", message: `DNS: cannot resolve the host of ${target}.` };
  if (code === "ECONNREFUSED")
    return { kind: "refused", message: `Connection refused by ${target}: nothing listens there.` };
  if (code === "ECONNRESET" || code === "EPIPE")
    return { kind: "unreachable", message: `Connection to ${target} was reset.` };
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return { kind: "unreachable", message: `No route to ${target}.` };
  if (code === "CERT_HAS_EXPIRED")
    return { kind: "certificate-expired", message: `TLS: the server certificate of ${target} has expired.` };
  if (code === "CERT_NOT_YET_VALID")
    return { kind: "tls", message: `TLS: the server certificate of ${target} is not valid yet (check clocks).` };
  if (TLS_VERIFY_CODES.has(code)) {
    return {
      kind: "tls",
      message: `TLS verify failed: the server certificate of ${target} is not signed by the CA in the credential file.`,
    };
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return { kind: "tls", message: `TLS: the server certificate of ${target} does not cover this host name or IP.` };
  }
  if (/alert certificate expired|sslv3 alert certificate expired/i.test(text)) {
    return { kind: "certificate-expired", message: `TLS: ${target} rejected the client certificate as expired.` };
  }
  // OpenSSL's text goes on after the alert (":../deps/openssl/…:SSL alert number 48"): quote the alert only.
  const rejection = /alert (bad certificate|unknown ca|certificate required)/i.exec(text);
  if (rejection) {
    return { kind: "unauthorized", message: `TLS: ${target} rejected the client certificate (${rejection[0]}).` };
  }
  return { kind: "unreachable", message: `Cannot reach ${target}: ${text}` };
}
