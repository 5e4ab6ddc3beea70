import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/shared/roles";
import { createApiToken, type ApiTokenView } from "@/lib/server/store/tokens/create-api-token";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

/** Creates a token and audit-logs it; the plaintext is in the result once and nowhere else. */
export async function issueApiToken({
  name,
  role,
  actor,
}: {
  name: string;
  role: Role;
  actor: Actor | { type: "system"; label: string };
}): Promise<{ token: string; item: ApiTokenView }> {
  const { token, view } = await createApiToken({
    name,
    role,
    createdById: actor.type === "user" ? actor.id : undefined,
  });
  await recordAuditEvent({
    actor,
    action: "token.create",
    outcome: "success",
    target: { type: "api-token", id: view.id },
    details: { name, role, prefix: view.prefix },
  });
  return { token, item: view };
}
