import { getDb } from "@/lib/server/store/db";
import type { WaiverRow } from "@/lib/server/store/waivers/waiver-store";
import type { Period } from "./find-period-states";

/** When each cluster's collections read it (succeeded or partial runs), up to `to`, oldest first. */
export async function findSuccessTimes({
  clusterIds,
  to,
}: {
  clusterIds: string[];
  to: Date;
}): Promise<Map<string, Date[]>> {
  const rows = await getDb().collectionRun.findMany({
    where: { clusterId: { in: clusterIds }, status: { in: ["succeeded", "partial"] }, finishedAt: { lte: to } },
    select: { clusterId: true, finishedAt: true },
    orderBy: [{ clusterId: "asc" }, { finishedAt: "asc" }],
  });
  const times = new Map<string, Date[]>();
  for (const { clusterId, finishedAt } of rows) {
    if (!finishedAt) continue;
    const list = times.get(clusterId);
    if (list) list.push(finishedAt);
    else times.set(clusterId, [finishedAt]);
  }
  return times;
}

/**
 * Waivers in force at some instant of the period (or at `to`) that can apply to these clusters:
 * their own and fleet-wide ones. Ordered by check, then creation, then id.
 */
export function findWaiversInPeriod({
  clusterIds,
  checkIds,
  period,
}: {
  clusterIds: string[];
  checkIds: string[];
  period: Period;
}): Promise<WaiverRow[]> {
  const endsAfter = period.from ?? period.to;
  return getDb().waiver.findMany({
    where: {
      checkId: { in: checkIds },
      createdAt: { lte: period.to },
      expiresAt: { gt: endsAfter },
      AND: [
        { OR: [{ revokedAt: null }, { revokedAt: { gt: endsAfter } }] },
        { OR: [{ clusterId: null }, { clusterId: { in: clusterIds } }] },
      ],
    },
    orderBy: [{ checkId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * The newest instant at which anything a pack of these clusters reads was written: evaluations,
 * finished runs, waiver changes. A pack "as of now" is a pack as of this instant, so generating it
 * again over unchanged data gives the same bytes. null when nothing was ever stored.
 */
export async function findLatestDataInstant({ clusterIds }: { clusterIds: string[] }): Promise<Date | null> {
  const db = getDb();
  const [evaluation, run, waiverCreated, waiverRevoked] = await Promise.all([
    db.evaluation.aggregate({ where: { clusterId: { in: clusterIds } }, _max: { evaluatedAt: true } }),
    db.collectionRun.aggregate({ where: { clusterId: { in: clusterIds } }, _max: { finishedAt: true } }),
    db.waiver.aggregate({
      where: { OR: [{ clusterId: null }, { clusterId: { in: clusterIds } }] },
      _max: { createdAt: true },
    }),
    db.waiver.aggregate({
      where: { OR: [{ clusterId: null }, { clusterId: { in: clusterIds } }] },
      _max: { revokedAt: true },
    }),
  ]);
  const instants = [
    evaluation._max.evaluatedAt,
    run._max.finishedAt,
    waiverCreated._max.createdAt,
    waiverRevoked._max.revokedAt,
  ].filter((instant): instant is Date => instant instanceof Date);
  return instants.length === 0 ? null : new Date(Math.max(...instants.map((instant) => instant.getTime())));
}
