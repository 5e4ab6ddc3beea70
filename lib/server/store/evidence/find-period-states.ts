import { getDb, type Prisma } from "@/lib/server/store/db";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";

export interface Period {
  /** null: a point in time (`to`). */
  from: Date | null;
  to: Date;
}

/** Finding states of the clusters that were in force at some instant of the period (or at `to`). */
function overlapping({ clusterIds, checkIds, period }: { clusterIds: string[]; checkIds: string[]; period: Period }) {
  const startsBy = period.to;
  const endsAfter = period.from ?? period.to;
  return {
    clusterId: { in: clusterIds },
    checkId: { in: checkIds },
    since: { lte: startsBy },
    OR: [{ until: null }, { until: { gt: endsAfter } }],
  } satisfies Prisma.FindingStateWhereInput;
}

/** One cluster's states over the period, in a stable order (check, subject, since). */
export function findPeriodStates({
  clusterId,
  checkIds,
  period,
}: {
  clusterId: string;
  checkIds: string[];
  period: Period;
}): Promise<FindingStateRow[]> {
  return getDb().findingState.findMany({
    where: overlapping({ clusterIds: [clusterId], checkIds, period }),
    orderBy: [{ checkId: "asc" }, { subjectKey: "asc" }, { since: "asc" }, { id: "asc" }],
  });
}

/** How many states the period holds on these clusters (the preview's finding count). */
export function countPeriodStates({
  clusterIds,
  checkIds,
  period,
}: {
  clusterIds: string[];
  checkIds: string[];
  period: Period;
}): Promise<number> {
  if (clusterIds.length === 0) return Promise.resolve(0);
  return getDb().findingState.count({ where: overlapping({ clusterIds, checkIds, period }) });
}
