import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { readEnv } from "@/lib/server/config/read-env";
import { createJobQueue } from "./job-queue";
import { ensureMaintenanceJobs, MARK_STALE_CRON, MARK_STALE_QUEUE, PRUNE_CRON, PRUNE_QUEUE } from "./maintenance-jobs";

describe("maintenance jobs", () => {
  let boss: PgBoss;

  beforeAll(async () => {
    boss = createJobQueue({ connectionString: readEnv().DATABASE_URL, role: "worker" });
    await boss.start();
  });

  afterAll(async () => {
    await boss?.stop({ graceful: false });
  });

  it("registers the prune and stale-marking queues with one UTC cron schedule each, however often workers start", async () => {
    await ensureMaintenanceJobs(boss);
    await ensureMaintenanceJobs(boss);
    const schedules = (await boss.getSchedules()).filter((schedule) =>
      [PRUNE_QUEUE, MARK_STALE_QUEUE].includes(schedule.name),
    );
    expect(
      schedules
        .map(({ name, cron, timezone }) => ({ name, cron, timezone }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(
      [
        { name: PRUNE_QUEUE, cron: PRUNE_CRON, timezone: "UTC" },
        { name: MARK_STALE_QUEUE, cron: MARK_STALE_CRON, timezone: "UTC" },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect((await boss.getQueue(PRUNE_QUEUE))?.policy).toBe("stately");
  });
});
