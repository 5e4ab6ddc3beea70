// The background worker process: `npm run worker` (started by `npm start` beside the web server).
// Holds the job queue (pg-boss on the same PostgreSQL) and reports liveness for /api/health.
import { randomUUID } from "node:crypto";
import { PgBoss } from "pg-boss";
import { logger } from "@/lib/server/log/logger";
import { disconnectDb } from "@/lib/server/store/db";
import { beatWorkerHeartbeat, removeWorkerHeartbeat } from "@/lib/server/store/health/beat-worker-heartbeat";
import { ensureBootstrapAdmin } from "@/lib/server/users/ensure-bootstrap-admin";

const HEARTBEAT_MS = 15_000;

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const log = logger.child({ workerId });

  const bootstrap = await ensureBootstrapAdmin({
    email: process.env.LOTSE_ADMIN_EMAIL,
    password: process.env.LOTSE_ADMIN_PASSWORD,
  });
  if (bootstrap.created) {
    log.warn(
      { email: bootstrap.email },
      bootstrap.generatedPassword
        ? "created the first admin; its generated password is printed on stdout once"
        : "created the first admin",
    );
    if (bootstrap.generatedPassword) console.log(`First admin: ${bootstrap.email} / ${bootstrap.generatedPassword}`);
  }

  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  await beatWorkerHeartbeat({ workerId });
  const heartbeat = setInterval(() => {
    beatWorkerHeartbeat({ workerId }).catch((error) => log.error({ err: error }, "heartbeat failed"));
  }, HEARTBEAT_MS);
  log.info("worker started");

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    log.info({ signal }, "worker draining");
    clearInterval(heartbeat);
    await boss
      .stop({ graceful: true, timeout: 20_000 })
      .catch((error) => log.error({ err: error }, "queue stop failed"));
    await removeWorkerHeartbeat({ workerId }).catch(() => {});
    await disconnectDb();
    log.info("worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  logger.fatal({ err: error }, "worker failed to start");
  process.exit(1);
});
