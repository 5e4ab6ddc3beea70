/** An error answer from Lotse's API (`{ error: { code, message, details? } }`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** e.g. `{ field: "kubeconfig.users[0].user.exec" }` for refused credential uploads */
  readonly details: Record<string, unknown> | undefined;

  constructor({
    status,
    code,
    message,
    details,
  }: {
    status: number;
    code: string;
    message: string;
    details?: Record<string, unknown>;
  }) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The offending field path the server named, if any. */
  get field(): string | undefined {
    const field = this.details?.field;
    return typeof field === "string" ? field : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
