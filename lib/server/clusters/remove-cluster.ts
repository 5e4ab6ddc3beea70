import type { Actor } from "@/lib/server/auth/actor";
import { deleteClusterRecord } from "@/lib/server/store/clusters/delete-cluster-record";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";

export async function removeCluster({ id, actor }: { id: string; actor: Actor }): Promise<void> {
  const { name } = await deleteClusterRecord({ id });
  await recordAuditEvent({
    actor,
    action: "cluster.delete",
    outcome: "success",
    target: { type: "cluster", id },
    details: { name },
  });
}
