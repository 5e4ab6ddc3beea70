// PATCH /api/v1/users/{id} – change a user's role, disable them, or reset their password
import { z } from "zod";
import { withRoute } from "@/lib/server/http/with-route";
import { cuidParams } from "@/lib/server/http/id-params";
import { ROLES } from "@/lib/shared/roles";
import { changeUser } from "@/lib/server/users/change-user";

export const PATCH = withRoute({
  roles: ["admin"],
  params: cuidParams,
  auditDeniedAs: "user.update",
  body: z
    .object({
      role: z.enum(ROLES).optional(),
      isDisabled: z.boolean().optional(),
      password: z.string().max(1024).optional(),
    })
    .strict(),
  handler: async ({ actor, params, body }) => changeUser({ id: params.id, ...body, actor }),
});
