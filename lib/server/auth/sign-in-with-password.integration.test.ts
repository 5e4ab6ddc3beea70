import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { getDb } from "@/lib/server/store/db";
import { addUser } from "@/lib/server/users/add-user";
import { signInWithPassword } from "./sign-in-with-password";

const SYSTEM = { type: "system" as const, label: "test" };
const LIMITS = { maxFailures: 3, windowMinutes: 15 };

describe("signInWithPassword", () => {
  beforeEach(async () => {
    await resetDatabase();
    await addUser({ email: "Ada@Example.org", role: "engineer", password: "a-long-enough-password", actor: SYSTEM });
  });

  it("accepts the right password case-insensitively on the e-mail and audit-logs the sign-in", async () => {
    const result = await signInWithPassword({
      email: "ada@example.org",
      password: "a-long-enough-password",
      ip: "10.1.2.3",
      ...LIMITS,
    });
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ email: "ada@example.org", role: "engineer" }) });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "auth.login" } });
    expect(event).toMatchObject({ outcome: "success", actorLabel: "ada@example.org", ip: "10.1.2.3" });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown user the same way", async () => {
    expect(await signInWithPassword({ email: "ada@example.org", password: "wrong", ...LIMITS })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInWithPassword({ email: "nobody@example.org", password: "wrong", ...LIMITS })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await getDb().auditEvent.count({ where: { action: "auth.login", outcome: "failure" } })).toBe(2);
  });

  it("locks the account after repeated failures, even for the right password, and logs the lockout", async () => {
    for (let attempt = 0; attempt < LIMITS.maxFailures; attempt++) {
      await signInWithPassword({ email: "ada@example.org", password: `guess-${attempt}`, ...LIMITS });
    }
    const locked = await signInWithPassword({
      email: "ada@example.org",
      password: "a-long-enough-password",
      ...LIMITS,
    });
    expect(locked).toEqual({ ok: false, reason: "locked" });
    expect(await getDb().auditEvent.count({ where: { action: "auth.login", outcome: "denied" } })).toBe(1);
    // Other accounts are unaffected.
    await addUser({ email: "bob@example.org", role: "viewer", password: "another-long-password", actor: SYSTEM });
    expect(
      (await signInWithPassword({ email: "bob@example.org", password: "another-long-password", ...LIMITS })).ok,
    ).toBe(true);
  });

  it("refuses disabled users", async () => {
    await getDb().user.update({ where: { email: "ada@example.org" }, data: { isDisabled: true } });
    expect(
      await signInWithPassword({ email: "ada@example.org", password: "a-long-enough-password", ...LIMITS }),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});
