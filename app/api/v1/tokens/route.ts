// GET /api/v1/tokens – list API tokens; POST /api/v1/tokens – create one (plaintext shown once)
import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/server/http/with-route";
import { ROLES } from "@/lib/shared/roles";
import { findApiTokens } from "@/lib/server/store/tokens/find-api-tokens";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";

export const GET = withRoute({
  roles: ["admin"],
  auditDeniedAs: "token.list",
  handler: async () => ({ items: await findApiTokens() }),
});

export const POST = withRoute({
  roles: ["admin"],
  body: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) }).strict(),
  auditDeniedAs: "token.create",
  handler: async ({ actor, body }) => NextResponse.json(await issueApiToken({ ...body, actor }), { status: 201 }),
});
