import { getDb, type Prisma } from "@/lib/server/store/db";

/** Records progress for the UI; ignored when another attempt has taken the run over. */
export async function updateRunProgress({
  runId,
  attempt,
  progress,
}: {
  runId: string;
  attempt: number;
  progress: Prisma.InputJsonValue;
}): Promise<boolean> {
  const { count } = await getDb().collectionRun.updateMany({
    where: { id: runId, attempt, status: "running" },
    data: { progress },
  });
  return count === 1;
}
