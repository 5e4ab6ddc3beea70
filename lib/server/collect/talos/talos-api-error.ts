/**
 * The few ways a Talos API call fails, as Lotse reports them:
 * - `unreachable`: no connection, or apid could not reach the routed node
 * - `timeout`: the call's deadline passed
 * - `unauthorized`: the credential is not accepted (bad, expired or rejected client certificate)
 * - `forbidden`: authenticated, but the role may not do this (e.g. os:reader reading MachineConfig)
 * - `not-found`: the resource does not exist
 * - `tls`: the server's certificate cannot be trusted (foreign CA, expired, wrong name)
 * - `invalid-response`: the server refused the request as malformed, or answered something unreadable
 */
export type TalosErrorKind =
  "unreachable" | "timeout" | "unauthorized" | "forbidden" | "not-found" | "tls" | "invalid-response";

export class TalosApiError extends Error {
  readonly kind: TalosErrorKind;
  /** The gRPC status code, when the failure came from gRPC. */
  readonly grpcCode?: number;
  /** The raw gRPC status details, for logs (never shown as the user message). */
  readonly grpcDetails?: string;

  constructor({
    kind,
    message,
    grpcCode,
    grpcDetails,
    cause,
  }: {
    kind: TalosErrorKind;
    message: string;
    grpcCode?: number;
    grpcDetails?: string;
    cause?: unknown;
  }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "TalosApiError";
    this.kind = kind;
    this.grpcCode = grpcCode;
    this.grpcDetails = grpcDetails;
  }
}
