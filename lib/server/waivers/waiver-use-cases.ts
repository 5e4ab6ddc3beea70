import type { CreateWaiverInput, WaiverView } from "@/lib/shared/waiver-view";
import type { Actor } from "@/lib/server/auth/actor";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { reevaluateForWaiver } from "@/lib/server/evaluations/reevaluate";
import { AppError } from "@/lib/server/http/app-error";
import { logger } from "@/lib/server/log/logger";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { findCluster, findClusters } from "@/lib/server/store/clusters/find-clusters";
import {
  findWaiver,
  findWaivers,
  insertWaiver,
  revokeWaiver,
  type WaiverRow,
} from "@/lib/server/store/waivers/waiver-store";
import { checkWaiverExpiry } from "./check-waiver-expiry";

function toWaiverView(row: WaiverRow, names: Map<string, string>, now: Date): WaiverView {
  const check = getEvaluationCatalog().catalog.checks.find((candidate) => candidate.id === row.checkId);
  return {
    id: row.id,
    checkId: row.checkId,
    checkTitle: check?.title ?? null,
    clusterId: row.clusterId,
    clusterName: row.clusterId ? (names.get(row.clusterId) ?? null) : null,
    namespace: row.namespace,
    node: row.node,
    justification: row.justification,
    approvedBy: row.approvedBy,
    approverRole: row.approverRole,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
    state: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "active",
  };
}

async function clusterNames(): Promise<Map<string, string>> {
  return new Map((await findClusters()).map((cluster) => [cluster.id, cluster.name]));
}

/** Re-evaluation after a waiver change; its failure does not undo the change (the next run catches up). */
async function reevaluate(clusterId: string | null): Promise<void> {
  try {
    await reevaluateForWaiver({ clusterId, catalog: getEvaluationCatalog() });
  } catch (error) {
    logger.error(
      { reason: error instanceof Error ? error.message : String(error) },
      "re-evaluation after a waiver change failed",
    );
  }
}

export async function listWaivers(): Promise<{ items: WaiverView[] }> {
  const [rows, names] = await Promise.all([findWaivers(), clusterNames()]);
  const now = new Date();
  return { items: rows.map((row) => toWaiverView(row, names, now)) };
}

/** Accepts a risk: an engineer or admin approves it, with a justification and an expiry within a year. */
export async function createWaiver({ input, actor }: { input: CreateWaiverInput; actor: Actor }): Promise<WaiverView> {
  const now = new Date();
  if (!getEvaluationCatalog().catalog.checks.some((check) => check.id === input.checkId)) {
    throw new AppError("bad_request", `There is no check "${input.checkId}" in the catalog.`, { field: "checkId" });
  }
  if (input.clusterId && !(await findCluster({ id: input.clusterId }))) {
    throw new AppError("bad_request", "There is no such cluster.", { field: "clusterId" });
  }
  const expiresAt = new Date(input.expiresAt);
  checkWaiverExpiry({ expiresAt, now });
  const row = await insertWaiver({
    checkId: input.checkId,
    clusterId: input.clusterId ?? null,
    namespace: input.namespace ?? null,
    node: input.node ?? null,
    justification: input.justification,
    approvedBy: actor.label,
    approverRole: actor.role,
    expiresAt,
  });
  await recordAuditEvent({
    actor,
    action: "waiver.create",
    outcome: "success",
    target: { type: "waiver", id: row.id },
    details: {
      checkId: row.checkId,
      clusterId: row.clusterId,
      namespace: row.namespace,
      node: row.node,
      expiresAt: row.expiresAt.toISOString(),
    },
  });
  await reevaluate(row.clusterId);
  return toWaiverView(row, await clusterNames(), now);
}

export async function withdrawWaiver({ id, actor }: { id: string; actor: Actor }): Promise<WaiverView> {
  const existing = await findWaiver({ id });
  if (!existing) throw new AppError("not_found", "No such waiver.");
  if (!(await revokeWaiver({ id, revokedBy: actor.label }))) {
    throw new AppError("conflict", "The waiver was already revoked.");
  }
  await recordAuditEvent({
    actor,
    action: "waiver.revoke",
    outcome: "success",
    target: { type: "waiver", id },
    details: { checkId: existing.checkId, clusterId: existing.clusterId },
  });
  await reevaluate(existing.clusterId);
  return toWaiverView((await findWaiver({ id }))!, await clusterNames(), new Date());
}
