import type { Actor } from "@/lib/server/auth/actor";
import { revokeApiToken } from "@/lib/server/store/tokens/revoke-api-token";
import type { ApiTokenView } from "@/lib/server/store/tokens/create-api-token";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

export async function withdrawApiToken({ id, actor }: { id: string; actor: Actor }): Promise<ApiTokenView> {
  const view = await revokeApiToken({ id });
  await recordAuditEvent({
    actor,
    action: "token.revoke",
    outcome: "success",
    target: { type: "api-token", id },
    details: { name: view.name },
  });
  return view;
}
