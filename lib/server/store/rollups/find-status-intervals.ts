import { getDb } from "@/lib/server/store/db";
import type { FindingStatus } from "@/lib/server/store/generated/client";

/** A recorded verdict and when it held (`until` null: still in force). */
export interface StatusInterval {
  checkId: string;
  status: FindingStatus;
  since: Date;
  until: Date | null;
}

/** One cluster's finding states in force at some instant of [from, to], status and interval only. */
export function findStatusIntervals({
  clusterId,
  from,
  to,
}: {
  clusterId: string;
  from: Date;
  to: Date;
}): Promise<StatusInterval[]> {
  return getDb().findingState.findMany({
    where: { clusterId, since: { lte: to }, OR: [{ until: null }, { until: { gt: from } }] },
    select: { checkId: true, status: true, since: true, until: true },
  });
}
