import { describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { readQueueDepth } from "./read-queue-depth";

const bossAnswering = (result: unknown): Pick<PgBoss, "getQueue"> => ({
  getQueue: async () => result as Awaited<ReturnType<PgBoss["getQueue"]>>,
});

describe("readQueueDepth", () => {
  it("reads queued and active jobs from the queue's counts", async () => {
    const boss = bossAnswering({ name: "q", queuedCount: 7, activeCount: 2, failedCount: 9 });
    expect(await readQueueDepth({ boss, queue: "q" })).toEqual({ queued: 7, active: 2 });
  });

  it("reports an empty queue when the queue does not exist yet", async () => {
    expect(await readQueueDepth({ boss: bossAnswering(null), queue: "q" })).toEqual({ queued: 0, active: 0 });
  });
});
