import { getDb } from "@/lib/server/store/db";
import type { Role, Waiver } from "@/lib/server/store/generated/client";

export type WaiverRow = Waiver;

export function insertWaiver(data: {
  checkId: string;
  clusterId: string | null;
  namespace: string | null;
  node: string | null;
  justification: string;
  approvedBy: string;
  approverRole: Role;
  expiresAt: Date;
}): Promise<WaiverRow> {
  return getDb().waiver.create({ data });
}

/** The register: newest first, revoked and expired ones included (they are history). */
export function findWaivers(): Promise<WaiverRow[]> {
  return getDb().waiver.findMany({ orderBy: { createdAt: "desc" } });
}

export function findWaiver({ id }: { id: string }): Promise<WaiverRow | null> {
  return getDb().waiver.findUnique({ where: { id } });
}

/** Waivers in force at `now` that can apply to the cluster (its own and fleet-wide ones). */
export function findActiveWaivers({ clusterId, now }: { clusterId: string; now: Date }): Promise<WaiverRow[]> {
  return getDb().waiver.findMany({
    where: { revokedAt: null, expiresAt: { gt: now }, OR: [{ clusterId }, { clusterId: null }] },
  });
}

/** Revokes a waiver (kept in the register); false when it was already revoked or does not exist. */
export async function revokeWaiver({ id, revokedBy }: { id: string; revokedBy: string }): Promise<boolean> {
  const { count } = await getDb().waiver.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date(), revokedBy },
  });
  return count === 1;
}
