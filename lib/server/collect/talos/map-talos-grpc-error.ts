import { status, type ServiceError } from "@grpc/grpc-js";
import { TalosApiError, type TalosErrorKind } from "./talos-api-error";

export interface TalosCallContext {
  endpoint: string;
  /** The `node` the call was routed to, if any. */
  node?: string;
  timeoutMs: number;
  /** What was asked, for messages: e.g. `MachineConfigs.config.talos.dev config/v1alpha1`. */
  what?: string;
}

/** TLS failures reported by Node/OpenSSL while verifying the server, and what they mean for a talosconfig. */
const SERVER_TLS_FAILURES: [RegExp, string][] = [
  [/certificate has expired|CERT_HAS_EXPIRED/i, "TLS: the server certificate has expired"],
  [/certificate is not yet valid|CERT_NOT_YET_VALID/i, "TLS: the server certificate is not yet valid"],
  [
    /self[- ]signed certificate|unable to get local issuer|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|certificate signature failure/i,
    "TLS: server certificate is not signed by the talosconfig CA",
  ],
  [
    /does not match certificate's altnames|ERR_TLS_CERT_ALTNAME_INVALID/i,
    "TLS: the server certificate is not valid for this endpoint name",
  ],
];

/** TLS alerts a server sends when it refuses the client certificate. */
const CLIENT_CERT_ALERTS: [RegExp, string][] = [
  [/alert certificate expired/i, "TLS: the server rejected the client certificate: certificate expired"],
  [
    /alert (bad certificate|unknown ca|certificate unknown|certificate required|unsupported certificate)/i,
    "TLS: the server rejected the client certificate",
  ],
];

const NETWORK_FAILURES: [RegExp, string][] = [
  [/ECONNREFUSED/, "connection refused"],
  [/ENOTFOUND|EAI_AGAIN|Name resolution failed/i, "the endpoint's host name cannot be resolved"],
  [/EHOSTUNREACH|ENETUNREACH/, "no route to host"],
  [/ETIMEDOUT/, "connection timed out"],
];

/**
 * Maps a grpc-js failure to a TalosApiError with a precise message. Returns `needsDiagnosis` when
 * grpc-js only says the connection failed without saying why (e.g. the server closed it after the
 * TLS handshake); the caller can then probe the connection itself (diagnoseTalosConnection).
 */
export function mapTalosGrpcError({ error, context }: { error: ServiceError; context: TalosCallContext }): {
  error: TalosApiError;
  needsDiagnosis: boolean;
} {
  const details = error.details ?? error.message ?? "";
  const make = (kind: TalosErrorKind, message: string) =>
    new TalosApiError({ kind, message, grpcCode: error.code, grpcDetails: details, cause: error });
  const on = context.node ? ` on node ${context.node}` : "";
  const subject = context.what ? `${context.what}${on}` : `the request${on}`;
  // grpc-js itself refuses a reply above the channel's receive limit (create-talos-client) this way.
  if (error.code === status.RESOURCE_EXHAUSTED && /^Received message larger than max/.test(details)) {
    return result(
      make("invalid-response", `the reply to ${subject} is larger than the 32 MiB Lotse accepts (${details})`),
    );
  }
  // grpc-js itself fails a call this way when the reply bytes do not decode (e.g. truncated protobuf).
  const unreadable = /^Response message parsing error: (.*)$/.exec(details);
  if (error.code === status.INTERNAL && unreadable) {
    return result(
      make("invalid-response", `the reply to ${subject} is not a valid protobuf message (${unreadable[1]})`),
    );
  }
  switch (error.code) {
    case status.DEADLINE_EXCEEDED: {
      // grpc-js says "Waiting for LB pick" when no connection was ever ready (e.g. the handshake never finished).
      const where = /Waiting for LB pick/.test(details)
        ? `while connecting to ${context.endpoint}`
        : `waiting for ${context.endpoint} to answer`;
      return result(make("timeout", `deadline exceeded after ${context.timeoutMs} ms ${where}`));
    }
    case status.UNAUTHENTICATED:
      return result(make("unauthorized", `not authenticated: ${details}`));
    case status.PERMISSION_DENIED:
      return result(
        make("forbidden", `permission denied for ${subject}: ${details} (the talosconfig role may not read this)`),
      );
    case status.NOT_FOUND:
      return result(make("not-found", `not found: ${subject} (${details})`));
    case status.UNAVAILABLE:
      return mapUnavailable({ details, context, make });
    case status.CANCELLED:
      return result(make("unreachable", `the call to ${context.endpoint} was cancelled`));
    default:
      return result(
        make("invalid-response", `the Talos API refused ${subject}: ${status[error.code] ?? error.code}: ${details}`),
      );
  }
}

function mapUnavailable({
  details,
  context,
  make,
}: {
  details: string;
  context: TalosCallContext;
  make: (kind: TalosErrorKind, message: string) => TalosApiError;
}): { error: TalosApiError; needsDiagnosis: boolean } {
  // grpc-js reports its own connection failures this way; anything else came from the server
  // (apid's proxy could not reach the routed node).
  const local = /^No connection established|^Connection dropped|Failed to connect|^read ECONNRESET/.test(details);
  if (!local) {
    return result(
      make(
        "unreachable",
        `node ${context.node ?? "(endpoint)"} is unreachable through ${context.endpoint}: ${details}`,
      ),
    );
  }
  for (const [pattern, message] of SERVER_TLS_FAILURES) if (pattern.test(details)) return result(make("tls", message));
  for (const [pattern, message] of CLIENT_CERT_ALERTS)
    if (pattern.test(details)) return result(make("unauthorized", message));
  for (const [pattern, message] of NETWORK_FAILURES) {
    if (pattern.test(details)) return result(make("unreachable", `${message} (${context.endpoint})`));
  }
  // A reset (ECONNRESET) is diagnosed too: a server refusing the client certificate right after
  // the handshake may reset the connection instead of closing it, depending on timing.
  return { error: make("unreachable", `cannot connect to ${context.endpoint}: ${details}`), needsDiagnosis: true };
}

function result(error: TalosApiError): { error: TalosApiError; needsDiagnosis: boolean } {
  return { error, needsDiagnosis: false };
}
