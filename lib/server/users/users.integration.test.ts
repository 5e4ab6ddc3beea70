import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { PATCH as updateUser } from "@/app/api/v1/users/[id]/route";
import { ensureBootstrapAdmin } from "./ensure-bootstrap-admin";
import { getDb } from "@/lib/server/store/db";
import { createUser as storeCreateUser } from "@/lib/server/store/users/create-user";
import { createSession } from "@/lib/server/store/sessions/create-session";
import { findActiveSession } from "@/lib/server/store/sessions/find-active-session";

describe("users", () => {
  beforeEach(resetDatabase);

  it("creates the first admin once, with a generated password when none is configured", async () => {
    const first = await ensureBootstrapAdmin({});
    expect(first).toMatchObject({ created: true, email: "admin@lotse.local" });
    expect(first.created && first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await ensureBootstrapAdmin({ email: "other@example.org", password: "whatever-password" })).toEqual({
      created: false,
    });
    expect(await getDb().user.count()).toBe(1);
  });

  it("answers a conflict, not a database error, when the same e-mail is created twice at once", async () => {
    // Workers and the web start together on an empty database and each creates the first admin
    // (ensureBootstrapAdmin treats the conflict as "another process did it").
    const attempts = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        storeCreateUser({ email: "admin@lotse.local", role: "admin", passwordHash: "x" }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") expect(attempt.reason).toMatchObject({ code: "conflict" });
    }
    expect(await getDb().user.count()).toBe(1);
  });

  it("lets an admin create users but never returns password hashes", async () => {
    const { admin, engineer } = await tokensByRole();
    const created = await callRoute({
      handler: createUser,
      method: "POST",
      token: admin,
      body: { email: "vic@example.org", role: "viewer", password: "viewer-password-123" },
    });
    expect(created.status).toBe(201);
    expect(created.text).not.toContain("argon2");
    const listed = await callRoute({ handler: listUsers, token: admin });
    expect(listed.text).not.toContain("argon2");
    expect((listed.json as { items: { email: string }[] }).items.map((user) => user.email)).toContain(
      "vic@example.org",
    );
    expect((await callRoute({ handler: listUsers, token: engineer })).status).toBe(403);
    const short = await callRoute({
      handler: createUser,
      method: "POST",
      token: admin,
      body: { email: "x@example.org", role: "viewer", password: "short" },
    });
    expect(short.status).toBe(400);
    const duplicate = await callRoute({
      handler: createUser,
      method: "POST",
      token: admin,
      body: { email: "VIC@example.org", role: "viewer", password: "viewer-password-123" },
    });
    expect(duplicate.status).toBe(409);
  });

  it("disabling a user revokes their sessions at once, and the last admin cannot be demoted", async () => {
    const { admin } = await tokensByRole();
    const created = (
      await callRoute({
        handler: createUser,
        method: "POST",
        token: admin,
        body: { email: "eve@example.org", role: "engineer", password: "engineer-password-1" },
      })
    ).json as { id: string };
    const session = await createSession({ userId: created.id, maxAgeHours: 1 });
    expect(await findActiveSession({ sessionId: session.id })).not.toBeNull();
    const disabled = await callRoute({
      handler: updateUser,
      method: "PATCH",
      token: admin,
      params: { id: created.id },
      body: { isDisabled: true },
    });
    expect(disabled.status).toBe(200);
    expect(await findActiveSession({ sessionId: session.id })).toBeNull();

    const onlyAdmin = (
      await callRoute({
        handler: createUser,
        method: "POST",
        token: admin,
        body: { email: "root@example.org", role: "admin", password: "admin-password-123" },
      })
    ).json as { id: string };
    const demoted = await callRoute({
      handler: updateUser,
      method: "PATCH",
      token: admin,
      params: { id: onlyAdmin.id },
      body: { role: "viewer" },
    });
    expect(demoted.status).toBe(409);
  });
});
