import { getDb } from "@/lib/server/store/db";

export async function setRunJob({ runId, jobId }: { runId: string; jobId: string }): Promise<void> {
  await getDb().collectionRun.updateMany({ where: { id: runId }, data: { jobId } });
}
