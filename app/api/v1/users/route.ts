// GET /api/v1/users – list users; POST /api/v1/users – create a password user
import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/server/http/with-route";
import { ROLES } from "@/lib/shared/roles";
import { findUsers } from "@/lib/server/store/users/find-users";
import { addUser } from "@/lib/server/users/add-user";

export const GET = withRoute({
  roles: ["admin"],
  handler: async () => ({ items: await findUsers() }),
});

export const POST = withRoute({
  roles: ["admin"],
  auditDeniedAs: "user.create",
  body: z
    .object({
      email: z.email().max(320),
      name: z.string().trim().max(200).optional(),
      role: z.enum(ROLES),
      password: z.string().max(1024),
    })
    .strict(),
  handler: async ({ actor, body }) => NextResponse.json(await addUser({ ...body, actor }), { status: 201 }),
});
