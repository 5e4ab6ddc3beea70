import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";
import type { WaiverRow } from "@/lib/server/store/waivers/waiver-store";
import type { Period } from "./find-period-states";

/**
 * When each cluster's collections read it (succeeded or partial runs), oldest first: those in
 * (from, to] and the last one at or before `from` (`to` for a point in time). Earlier ones cannot
 * change which instants of the period were STALE, so a year of hourly runs is not read for a
 * quarter's pack; each part runs on the (clusterId, finishedAt) index.
 */
export async function findSuccessTimes({
  clusterIds,
  from = null,
  to,
}: {
  clusterIds: string[];
  from?: Date | null;
  to: Date;
}): Promise<Map<string, Date[]>> {
  if (clusterIds.length === 0) return new Map();
  const start = from ?? to;
  const rows = await getDb().$queryRaw<{ clusterId: string; finishedAt: Date }[]>(
    successTimesSql({ clusterIds, start, to }),
  );
  const times = new Map<string, Date[]>();
  for (const { clusterId, finishedAt } of rows) {
    const list = times.get(clusterId);
    if (list) list.push(finishedAt);
    else times.set(clusterId, [finishedAt]);
  }
  return times;
}

/** The statement of findSuccessTimes (exported so its plan can be checked). */
export function successTimesSql({ clusterIds, start, to }: { clusterIds: string[]; start: Date; to: Date }) {
  return Prisma.sql`
    SELECT t."clusterId", t."finishedAt" FROM (
      SELECT r."clusterId", r."finishedAt" FROM collection_runs r
       WHERE r."clusterId" = ANY(${clusterIds}::text[]) AND r.status IN ('succeeded', 'partial')
         AND r."finishedAt" > ${start} AND r."finishedAt" <= ${to}
      UNION ALL
      SELECT last."clusterId", last."finishedAt" FROM unnest(${clusterIds}::text[]) AS cluster(id)
       CROSS JOIN LATERAL (SELECT r."clusterId", r."finishedAt" FROM collection_runs r
                            WHERE r."clusterId" = cluster.id AND r.status IN ('succeeded', 'partial')
                              AND r."finishedAt" <= ${start}
                            ORDER BY r."finishedAt" DESC LIMIT 1) AS last) AS t
     ORDER BY t."clusterId", t."finishedAt"`;
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
