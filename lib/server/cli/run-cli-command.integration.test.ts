// `npm run lotse -- token create|revoke` through runCliCommand against the database the routes
// read: the printed token is a working `Authorization: Bearer` credential with the role it was
// created for, and revoking it from the CLI shuts it out.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { getDb } from "@/lib/server/store/db";
import { callRoute } from "@/lib/server/testing/call-route";
import type { ApiTokenView } from "@/lib/shared/token-view";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listTokens } from "@/app/api/v1/tokens/route";
import { runCliCommand } from "./run-cli-command";

beforeEach(resetDatabase);

/** What `npm run lotse -- token create --name NAME --role ROLE` prints. */
async function createTokenWithCli({ name, role }: { name: string; role: string }): Promise<string[]> {
  return (await runCliCommand({ args: ["token", "create"], options: { name, role } })).split("\n");
}

describe("lotse token create", () => {
  it("prints a token once that works as a Bearer token with its role, and audit-logs the CLI as creator", async () => {
    const [token = "", ...rest] = await createTokenWithCli({ name: "ci", role: "admin" });
    expect(token).toMatch(/^lotse_[A-Za-z0-9_-]{43}$/);
    expect(rest).toEqual(["", '(token "ci", role admin; shown once — store it now)']);

    const whoAmI = await callRoute({ handler: me, path: "/api/v1/me", token });
    expect(whoAmI).toMatchObject({ status: 200, json: { type: "token", label: "token:ci", role: "admin" } });
    // An admin-only route answers too: the token carries the admin role, not just any valid identity.
    const listed = await callRoute({ handler: listTokens, path: "/api/v1/tokens", token });
    expect(listed.status).toBe(200);
    const items = (listed.json as { items: ApiTokenView[] }).items;
    expect(items).toEqual([
      expect.objectContaining({ name: "ci", role: "admin", createdBy: null, lastUsedAt: expect.any(String) }),
    ]);
    expect(token.startsWith(items[0]?.prefix ?? "?")).toBe(true);
    expect(listed.text).not.toContain(token);
    expect(JSON.stringify(await getDb().apiToken.findMany())).not.toContain(token.slice("lotse_".length));

    const audit = await getDb().auditEvent.findMany({ where: { action: "token.create" } });
    expect(audit).toMatchObject([
      {
        actorType: "system",
        actorLabel: "cli",
        outcome: "success",
        targetType: "api-token",
        targetId: items[0]?.id,
        details: { name: "ci", role: "admin" },
      },
    ]);
  });

  it("refuses a missing name or an unknown role with a message, and stores nothing", async () => {
    await expect(runCliCommand({ args: ["token", "create"], options: { role: "admin" } })).rejects.toThrow(
      /^--name is required\.\n\nUsage: npm run lotse/,
    );
    await expect(createTokenWithCli({ name: "ci", role: "root" })).rejects.toThrow(
      "--role must be one of admin, engineer, auditor, viewer.",
    );
    expect(await getDb().apiToken.count()).toBe(0);
  });
});

describe("lotse token revoke", () => {
  it("shuts the token out on its next request and audit-logs the revocation", async () => {
    const [token = ""] = await createTokenWithCli({ name: "short-lived", role: "viewer" });
    expect((await callRoute({ handler: me, path: "/api/v1/me", token })).status).toBe(200);
    const { id } = await getDb().apiToken.findFirstOrThrow({ where: { name: "short-lived" } });

    expect(await runCliCommand({ args: ["token", "revoke"], options: { id } })).toBe('revoked token "short-lived"');
    const refused = await callRoute({ handler: me, path: "/api/v1/me", token });
    expect(refused).toMatchObject({
      status: 401,
      json: { error: { code: "unauthorized", message: "API token is invalid or revoked." } },
    });
    expect(await getDb().auditEvent.findMany({ where: { action: "token.revoke" } })).toMatchObject([
      { actorLabel: "cli", targetId: id, details: { name: "short-lived" } },
    ]);
  });
});
