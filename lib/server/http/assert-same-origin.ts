import type { NextRequest } from "next/server";
import { AppError } from "./app-error";

/**
 * CSRF defence for cookie-authenticated mutations: the browser's Origin header must match the
 * host this request was sent to (or NEXTAUTH_URL). API tokens are not sent automatically by
 * browsers and skip this check.
 */
export function assertSameOrigin(request: NextRequest): void {
  const origin = request.headers.get("origin");
  if (!origin) throw new AppError("forbidden", "Cross-site request refused: missing Origin header.");
  const allowed = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  if (process.env.NEXTAUTH_URL) allowed.add(new URL(process.env.NEXTAUTH_URL).origin);
  if (!allowed.has(origin)) throw new AppError("forbidden", "Cross-site request refused: Origin does not match.");
}
