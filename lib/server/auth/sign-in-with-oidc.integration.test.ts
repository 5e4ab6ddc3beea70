// signInWithOidc against a real PostgreSQL: the role comes from the configured group claim at every
// sign-in, identities without a mapped role are refused, a password account's e-mail is never
// taken over, disabled users stay out, and every outcome is in the audit log.
import { beforeEach, describe, expect, it } from "vitest";
import { readEnv, type Env } from "@/lib/server/config/read-env";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { updateUser } from "@/lib/server/store/users/update-user";
import { addUser } from "@/lib/server/users/add-user";
import { signInWithOidc } from "./sign-in-with-oidc";

/** A site that puts Lotse roles in a `lotse_groups` claim, so the standard `groups` claim must be ignored. */
function oidcEnv(overrides: Partial<Env> = {}): Env {
  return {
    ...readEnv(),
    LOTSE_OIDC_ROLE_CLAIM: "lotse_groups",
    LOTSE_OIDC_ROLE_MAP: "lotse-admins=admin, platform=engineer, audit=auditor",
    LOTSE_OIDC_DEFAULT_ROLE: undefined,
    ...overrides,
  };
}

function profile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: "idp|grace",
    email: "Grace@Example.org",
    name: "Grace Hopper",
    lotse_groups: ["platform"],
    groups: ["lotse-admins"],
    ...overrides,
  };
}

async function loginEvents() {
  return getDb().auditEvent.findMany({ where: { action: "auth.login" }, orderBy: { id: "asc" } });
}

beforeEach(resetDatabase);

describe("signInWithOidc", () => {
  it("creates the user with the strongest role its groups map to, and re-reads the role at every sign-in", async () => {
    const first = await signInWithOidc({
      profile: profile({ lotse_groups: ["unrelated", "platform", "lotse-admins"] }),
      env: oidcEnv(),
    });
    expect(first).toEqual({ ok: true, userId: expect.any(String), role: "admin" });
    const user = await getDb().user.findUniqueOrThrow({ where: { oidcSubject: "idp|grace" } });
    expect(user).toMatchObject({
      email: "grace@example.org",
      name: "Grace Hopper",
      role: "admin",
      provider: "oidc",
      passwordHash: null,
      lastLoginAt: expect.any(Date),
    });

    // Moved from lotse-admins to audit in the identity provider: the next sign-in demotes.
    const second = await signInWithOidc({ profile: profile({ lotse_groups: "audit" }), env: oidcEnv() });
    expect(second).toEqual({ ok: true, userId: user.id, role: "auditor" });
    expect(await getDb().user.findMany({ select: { id: true, role: true } })).toEqual([
      { id: user.id, role: "auditor" },
    ]);
    expect(await loginEvents()).toMatchObject([
      {
        actorType: "user",
        actorId: user.id,
        actorLabel: "grace@example.org",
        outcome: "success",
        details: { method: "oidc", role: "admin" },
      },
      { actorId: user.id, outcome: "success", details: { method: "oidc", role: "auditor" } },
    ]);
  });

  it("refuses an identity none of whose groups maps to a role, creates no user, and audits the denial", async () => {
    // `groups` names an admin group, but the configured claim is `lotse_groups`.
    const outcome = await signInWithOidc({ profile: profile({ lotse_groups: ["unrelated"] }), env: oidcEnv() });
    expect(outcome).toEqual({
      ok: false,
      message: "Your account has no Lotse role. Ask an admin to add you to a Lotse group.",
    });
    expect(await getDb().user.count()).toBe(0);
    expect(await loginEvents()).toMatchObject([
      {
        actorType: "anonymous",
        actorId: null,
        actorLabel: "grace@example.org",
        outcome: "denied",
        details: { method: "oidc", reason: "no-role-mapped" },
      },
    ]);

    // A configured default role admits the same identity.
    const withDefault = await signInWithOidc({
      profile: profile({ lotse_groups: ["unrelated"] }),
      env: oidcEnv({ LOTSE_OIDC_DEFAULT_ROLE: "viewer" }),
    });
    expect(withDefault).toMatchObject({ ok: true, role: "viewer" });
  });

  it("refuses a known user who lost every mapped group", async () => {
    expect(await signInWithOidc({ profile: profile(), env: oidcEnv() })).toMatchObject({ ok: true, role: "engineer" });
    const outcome = await signInWithOidc({ profile: profile({ lotse_groups: [] }), env: oidcEnv() });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining("no Lotse role") });
    expect((await loginEvents()).map((event) => event.outcome)).toEqual(["success", "denied"]);
  });

  it("refuses an identity without an e-mail address", async () => {
    const outcome = await signInWithOidc({ profile: profile({ email: undefined }), env: oidcEnv() });
    expect(outcome).toEqual({ ok: false, message: "Your identity provider did not send an e-mail address." });
    expect(await getDb().user.count()).toBe(0);
    expect(await loginEvents()).toMatchObject([
      { actorLabel: "oidc:idp|grace", outcome: "denied", details: { reason: "missing-subject-or-email" } },
    ]);
  });

  it("does not take over a password account with the same e-mail", async () => {
    const local = await addUser({
      email: "grace@example.org",
      role: "viewer",
      password: "a-long-enough-password",
      actor: { type: "system", label: "test" },
    });
    const outcome = await signInWithOidc({ profile: profile({ lotse_groups: ["lotse-admins"] }), env: oidcEnv() });
    expect(outcome).toEqual({
      ok: false,
      message: "This e-mail belongs to a password account in Lotse; sign in with your password.",
    });
    expect(await getDb().user.findMany()).toEqual([
      expect.objectContaining({ id: local.id, role: "viewer", provider: "credentials", oidcSubject: null }),
    ]);
    expect(await loginEvents()).toMatchObject([
      {
        actorType: "anonymous",
        actorLabel: "grace@example.org",
        outcome: "denied",
        details: { method: "oidc", reason: "email-belongs-to-local-user" },
      },
    ]);
  });

  it("refuses a disabled user even when the identity provider still grants a role", async () => {
    const first = await signInWithOidc({ profile: profile(), env: oidcEnv() });
    if (!first.ok) throw new Error(first.message);
    await updateUser({ id: first.userId, isDisabled: true });

    const outcome = await signInWithOidc({ profile: profile(), env: oidcEnv() });
    expect(outcome).toEqual({ ok: false, message: "Your Lotse account is disabled." });
    expect(await loginEvents()).toMatchObject([
      { outcome: "success" },
      {
        actorType: "anonymous",
        actorLabel: "grace@example.org",
        outcome: "denied",
        details: { method: "oidc", reason: "disabled" },
      },
    ]);
  });
});
