import { getDb } from "@/lib/server/store/db";
import type { FindingStatus } from "@/lib/server/store/generated/client";

export interface OpenStatusRow {
  checkId: string;
  subjectKey: string;
  status: FindingStatus;
  rawStatus: FindingStatus;
  waiverId: string | null;
}

/** The verdicts of a cluster's current finding states (of these checks only, when given), without messages or evidence. */
export function findOpenStatuses({
  clusterId,
  checkIds,
}: {
  clusterId: string;
  checkIds?: readonly string[];
}): Promise<OpenStatusRow[]> {
  return getDb().findingState.findMany({
    where: { clusterId, until: null, ...(checkIds ? { checkId: { in: [...checkIds] } } : {}) },
    select: { checkId: true, subjectKey: true, status: true, rawStatus: true, waiverId: true },
  });
}
