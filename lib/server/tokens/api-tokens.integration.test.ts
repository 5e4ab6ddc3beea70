import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as auditEvents } from "@/app/api/v1/audit-events/route";
import { getDb } from "@/lib/server/store/db";

describe("API tokens", () => {
  beforeEach(resetDatabase);

  it("answers 401 to anonymous callers and to unknown tokens", async () => {
    expect((await callRoute({ handler: me })).status).toBe(401);
    const bogus = await callRoute({ handler: me, token: "lotse_not-a-real-token" });
    expect(bogus.status).toBe(401);
    expect(bogus.json).toEqual({ error: { code: "unauthorized", message: "API token is invalid or revoked." } });
  });

  it("creates a token shown once, stores only its hash, and records last use", async () => {
    const { admin } = await tokensByRole();
    const created = await callRoute({
      handler: createToken,
      method: "POST",
      token: admin,
      body: { name: "ci", role: "viewer" },
    });
    expect(created.status).toBe(201);
    const { token, item } = created.json as { token: string; item: { id: string; prefix: string; role: string } };
    expect(token).toMatch(/^lotse_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(item.prefix)).toBe(true);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.tokenHash).not.toContain(token.slice(6));
    expect(JSON.stringify(await callRoute({ handler: listTokens, token: admin }))).not.toContain(token);

    const whoAmI = await callRoute({ handler: me, token });
    expect(whoAmI.json).toEqual({ type: "token", label: "token:ci", role: "viewer" });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: item.id } })).lastUsedAt).not.toBeNull();
  });

  it("revocation takes effect on the very next request", async () => {
    const { admin } = await tokensByRole();
    const { token, item } = (
      await callRoute({
        handler: createToken,
        method: "POST",
        token: admin,
        body: { name: "short-lived", role: "engineer" },
      })
    ).json as {
      token: string;
      item: { id: string };
    };
    expect((await callRoute({ handler: me, token })).status).toBe(200);
    expect(
      (await callRoute({ handler: revokeToken, method: "DELETE", token: admin, params: { id: item.id } })).status,
    ).toBe(200);
    expect((await callRoute({ handler: me, token })).status).toBe(401);
  });

  it("lets only admins manage tokens and audit-logs the refusal", async () => {
    const tokens = await tokensByRole();
    for (const role of ["engineer", "auditor", "viewer"] as const) {
      const response = await callRoute({
        handler: createToken,
        method: "POST",
        token: tokens[role],
        body: { name: "x", role: "admin" },
      });
      expect(response.status).toBe(403);
    }
    const denied = await getDb().auditEvent.count({ where: { action: "token.create", outcome: "denied" } });
    expect(denied).toBe(3);
  });

  it("rejects bad bodies with a 4xx naming the field and stores nothing", async () => {
    const { admin } = await tokensByRole();
    const before = await getDb().apiToken.count();
    const wrongRole = await callRoute({
      handler: createToken,
      method: "POST",
      token: admin,
      body: { name: "x", role: "root" },
    });
    expect(wrongRole.status).toBe(400);
    expect((wrongRole.json as { error: { message: string } }).error.message).toContain("role");
    const extra = await callRoute({
      handler: createToken,
      method: "POST",
      token: admin,
      body: { name: "x", role: "viewer", isAdmin: true },
    });
    expect(extra.status).toBe(400);
    const notJson = await callRoute({
      handler: createToken,
      method: "POST",
      token: admin,
      body: "{name:",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
    const wrongType = await callRoute({
      handler: createToken,
      method: "POST",
      token: admin,
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(wrongType.status).toBe(415);
    expect(await getDb().apiToken.count()).toBe(before);
  });

  it("lets auditors read the audit log but not viewers", async () => {
    const tokens = await tokensByRole();
    await callRoute({
      handler: createToken,
      method: "POST",
      token: tokens.admin,
      body: { name: "audited", role: "viewer" },
    });
    const forAuditor = await callRoute({
      handler: auditEvents,
      token: tokens.auditor,
      path: "/api/v1/audit-events?action=token",
    });
    expect(forAuditor.status).toBe(200);
    const actions = (forAuditor.json as { items: { action: string; actorLabel: string }[] }).items;
    expect(actions).toContainEqual(expect.objectContaining({ action: "token.create", actorLabel: "token:test-admin" }));
    expect((await callRoute({ handler: auditEvents, token: tokens.viewer })).status).toBe(403);
  });
});
