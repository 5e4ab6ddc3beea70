import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/shared/roles";
import { createSession } from "@/lib/server/store/sessions/create-session";
import { createUser } from "@/lib/server/store/users/create-user";

/** next-auth's cookie name over plain http (behind TLS it is `__Secure-next-auth.session-token`). */
export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A signed-in browser's cookie for a new user of `role`, exactly as next-auth writes it after a
 * sign-in: a JWT carrying only the server-side session id. Returns the session id too, so a test
 * can expire or revoke that session.
 */
export async function mintSessionCookie({
  role,
  email,
}: {
  role: Role;
  email: string;
}): Promise<{ cookie: string; sessionId: string; userId: string }> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (the integration setup sets it).");
  const user = await createUser({ email, role });
  const session = await createSession({ userId: user.id, maxAgeHours: 12 });
  const jwt = await encode({ token: { sid: session.id, uid: user.id, email }, secret, maxAge: 12 * 3600 });
  return { cookie: `${SESSION_COOKIE}=${jwt}`, sessionId: session.id, userId: user.id };
}
