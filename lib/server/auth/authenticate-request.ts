import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { requireAuthSecret } from "@/lib/server/config/read-env";
import { findActiveApiToken } from "@/lib/server/store/tokens/find-active-api-token";
import { findActiveSession } from "@/lib/server/store/sessions/find-active-session";
import { AppError } from "@/lib/server/http/app-error";
import type { Actor } from "./actor";
import { requestIp } from "./request-ip";

/**
 * Resolves the caller from `Authorization: Bearer <api token>` or the next-auth session cookie.
 * Returns null for anonymous callers; throws 401 for a presented but invalid/revoked token.
 */
export async function authenticateRequest(request: NextRequest): Promise<(Actor & { via: "token" | "cookie" }) | null> {
  const ip = requestIp(request.headers);
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new AppError("unauthorized", "Authorization header must be `Bearer <token>`.");
    const token = await findActiveApiToken({ token: match[1] });
    if (!token) throw new AppError("unauthorized", "API token is invalid or revoked.");
    return {
      type: "token",
      id: token.id,
      label: `token:${token.name}`,
      role: token.role,
      userId: token.createdById ?? undefined,
      ip,
      via: "token",
    };
  }
  const jwt = await getToken({ req: request, secret: requireAuthSecret() });
  if (!jwt?.sid) return null;
  const session = await findActiveSession({ sessionId: jwt.sid });
  if (!session) return null;
  return {
    type: "user",
    id: session.user.id,
    label: session.user.email,
    role: session.user.role,
    userId: session.user.id,
    sessionId: session.id,
    ip,
    via: "cookie",
  };
}
