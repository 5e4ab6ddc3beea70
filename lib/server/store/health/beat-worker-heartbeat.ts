import { hostname } from "node:os";
import { getDb } from "@/lib/server/store/db";

export async function beatWorkerHeartbeat({ workerId }: { workerId: string }): Promise<void> {
  const now = new Date();
  await getDb().workerHeartbeat.upsert({
    where: { id: workerId },
    create: { id: workerId, hostname: hostname(), pid: process.pid, startedAt: now, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}

export async function removeWorkerHeartbeat({ workerId }: { workerId: string }): Promise<void> {
  await getDb().workerHeartbeat.deleteMany({ where: { id: workerId } });
}
