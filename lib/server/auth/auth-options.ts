import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { readEnv, isOidcEnabled, requireAuthSecret } from "@/lib/server/config/read-env";
import { signInWithPassword } from "./sign-in-with-password";
import { signInWithOidc } from "./sign-in-with-oidc";
import { createSession } from "@/lib/server/store/sessions/create-session";
import { revokeSession } from "@/lib/server/store/sessions/revoke-session";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { requestIp } from "./request-ip";
import { isRole, type Role } from "@/lib/shared/roles";

declare module "next-auth" {
  interface Session {
    sid?: string;
    user?: { id?: string; email?: string | null; name?: string | null; role?: Role };
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    uid?: string;
  }
}

function buildOidcProvider(): NextAuthOptions["providers"] {
  const env = readEnv();
  if (!isOidcEnabled(env)) return [];
  return [
    {
      id: "oidc",
      name: env.LOTSE_OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.LOTSE_OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.LOTSE_OIDC_CLIENT_ID,
      clientSecret: env.LOTSE_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: Record<string, unknown>) {
        return {
          id: String(profile.sub),
          email: typeof profile.email === "string" ? profile.email : null,
          name: typeof profile.name === "string" ? profile.name : null,
        };
      },
    },
  ];
}

/**
 * next-auth configuration. The JWT cookie carries only a session id (`sid`); every request checks
 * the session row, so sign-out, disabling a user or an admin revocation take effect at once, and
 * the role is always read fresh from the database.
 */
export function buildAuthOptions(): NextAuthOptions {
  const env = readEnv();
  return {
    secret: requireAuthSecret(env),
    session: { strategy: "jwt", maxAge: env.LOTSE_SESSION_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "");
          const password = String(credentials?.password ?? "");
          if (!email || !password || email.length > 320 || password.length > 1024) {
            throw new Error("Enter your e-mail and password.");
          }
          const result = await signInWithPassword({
            email,
            password,
            ip: requestIp(req?.headers ?? {}),
            maxFailures: env.LOTSE_LOGIN_MAX_FAILURES,
            windowMinutes: env.LOTSE_LOGIN_WINDOW_MINUTES,
          });
          if (!result.ok) {
            throw new Error(
              result.reason === "locked"
                ? `Too many failed sign-ins. Try again in ${env.LOTSE_LOGIN_WINDOW_MINUTES} minutes.`
                : "E-mail or password is wrong.",
            );
          }
          return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role };
        },
      }),
      ...buildOidcProvider(),
    ],
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== "oidc") return true;
        const outcome = await signInWithOidc({ profile: (profile ?? {}) as Record<string, unknown>, env });
        if (!outcome.ok) return `/login?error=${encodeURIComponent(outcome.message)}`;
        user.id = outcome.userId;
        user.role = outcome.role;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          // First call after a successful sign-in: open the server-side session.
          const session = await createSession({ userId: user.id, maxAgeHours: env.LOTSE_SESSION_HOURS });
          token.sid = session.id;
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        session.sid = token.sid;
        if (session.user) session.user.id = token.uid;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) {
          await revokeSession({ sessionId: token.sid });
          await recordAuditEvent({
            actor: { type: "user", id: token.uid, label: token.email ?? "unknown" },
            action: "auth.logout",
            outcome: "success",
          });
        }
      },
    },
  };
}

export function roleOrNull(value: unknown): Role | null {
  return isRole(value) ? value : null;
}
