import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { buildAuthOptions } from "./auth-options";
import { findActiveSession } from "@/lib/server/store/sessions/find-active-session";
import type { Role } from "@/lib/shared/roles";
import type { Actor } from "./actor";
import { requestIp } from "./request-ip";

/** The signed-in user for a server component, or null. Checks the server-side session row. */
export async function getPageActor(): Promise<Actor | null> {
  const session = await getServerSession(buildAuthOptions());
  if (!session?.sid) return null;
  const active = await findActiveSession({ sessionId: session.sid });
  if (!active) return null;
  return {
    type: "user",
    id: active.user.id,
    label: active.user.email,
    role: active.user.role,
    userId: active.user.id,
    sessionId: active.id,
    ip: requestIp(await headers()),
  };
}

/**
 * For pages: redirects anonymous visitors to /login; returns `{ actor, isAllowed }` so the page can
 * render a 403 explanation instead of content when the role does not fit.
 */
export async function requirePageActor(roles: readonly Role[]): Promise<{ actor: Actor; isAllowed: boolean }> {
  const actor = await getPageActor();
  if (!actor) redirect("/login");
  return { actor, isAllowed: roles.includes(actor.role) };
}
