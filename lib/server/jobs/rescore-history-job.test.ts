import { describe, expect, it, vi } from "vitest";
import type { Logger } from "pino";
import { CATALOG } from "@/lib/catalog/catalog";
import { runRescoreJob } from "./rescore-history-job";

// Only the paths that end before the database: the walk itself is covered by
// lib/server/evaluations/catalog-change.integration.test.ts.
function fakes() {
  const log = { info: vi.fn(), error: vi.fn() };
  const boss = { send: vi.fn() };
  return {
    log,
    boss,
    run: (data: unknown) => runRescoreJob({ boss, data, catalog: CATALOG, log: log as unknown as Logger }),
  };
}

describe("runRescoreJob", () => {
  it("leaves a job for another catalog version alone: a worker re-scores only under its own catalog", async () => {
    const { log, boss, run } = fakes();
    await run({ catalogVersion: "0.9.0", after: { clusterId: "c1", day: "2026-11-01" } });
    expect(boss.send).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith(
      { jobCatalogVersion: "0.9.0", catalogVersion: CATALOG.version },
      "re-scoring job for another catalog version; dropped",
    );
  });

  it.each([
    ["no payload", null],
    ["no catalog version", { after: null }],
    ["a cursor without a day", { catalogVersion: CATALOG.version, after: { clusterId: "c1" } }],
    ["an unknown field", { catalogVersion: CATALOG.version, force: true }],
  ])("drops a job with an invalid payload (%s) and says so", async (_, data) => {
    const { log, boss, run } = fakes();
    await run(data);
    expect(boss.send).not.toHaveBeenCalled();
    expect(log.error).toHaveBeenCalledWith(expect.anything(), "re-scoring job with an invalid payload; dropped");
  });
});
