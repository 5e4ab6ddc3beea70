import { getDb } from "@/lib/server/store/db";

/**
 * Ends a run that cannot produce a snapshot (its worker was lost for good, its cluster or
 * credentials are unusable, it could not be queued). With `attempt`, only if that attempt still
 * holds it.
 */
export async function failRun({
  runId,
  reason,
  attempt,
}: {
  runId: string;
  reason: string;
  attempt?: number;
}): Promise<boolean> {
  const now = new Date();
  const { count } = await getDb().collectionRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] }, ...(attempt === undefined ? {} : { attempt }) },
    data: {
      status: "failed",
      finishedAt: now,
      errorSummary: { total: 0, byKind: {}, items: [], reason, notReadableWithCredential: 0 },
    },
  });
  return count === 1;
}
