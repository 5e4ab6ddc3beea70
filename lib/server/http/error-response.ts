import { NextResponse } from "next/server";
import type { Logger } from "pino";
import { AppError } from "./app-error";

/** Expected errors go to the caller with their message; anything else is logged with the request id and answered generically. */
export function errorResponse({ error, requestId, log }: { error: unknown; requestId: string; log: Logger }): Response {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
      { status: error.status, headers: { "x-request-id": requestId, "cache-control": "no-store" } },
    );
  }
  // Only name, code, message and the top of the stack: driver errors carry hosts, ports, SQL details.
  const failure =
    error instanceof Error
      ? {
          name: error.name,
          code: (error as { code?: unknown }).code,
          reason: error.message,
          stack: error.stack?.split("\n").slice(0, 6).join("\n"),
        }
      : { reason: String(error) };
  log.error({ failure }, "unhandled error in route");
  return NextResponse.json(
    { error: { code: "internal", message: `Something went wrong on the server (request ${requestId}).` } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}
