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
  log.error({ err: error }, "unhandled error in route");
  return NextResponse.json(
    { error: { code: "internal", message: `Something went wrong on the server (request ${requestId}).` } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}
