import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { pino } from "pino";
import type { Catalog } from "@/lib/catalog/catalog-types";
import { mostSevereStatus, scoreFrameworks } from "@/lib/catalog/scoring";
import { readEnv } from "@/lib/server/config/read-env";
import { createJobQueue } from "@/lib/server/jobs/job-queue";
import { RESCORE_QUEUE, startRescoreJobs, type RescoreJobData } from "@/lib/server/jobs/rescore-history-job";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { seedAnonymousBindingHistory } from "@/lib/server/history/testing/seed-anonymous-binding-history";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import type { Fleet } from "@/lib/sim/fleet";
import type { EvaluationCatalog } from "./evaluate-cluster";
import { getEvaluationCatalog, summarizeFindings } from "./evaluation-catalog";
import { reevaluateForCatalog } from "./reevaluate";
import { rescoreHistory } from "./rescore-history";

// One hardened kubeadm cluster that gains a system:anonymous binding on day -3, with six days of
// replayed history. The new catalog version maps the anonymous-RBAC check to one more NIST control,
// one that passed on every day: re-scored, that control takes the check's recorded status of each
// day (WARN before day -3, FAIL from then on), and nothing else changes.
const NOW = new Date();
const CHECK_ID = "seed.anonymous-rbac";
const NEW_VERSION = "99.0.0-test";
const log = pino({ level: "silent" });

type RollupRow = Awaited<ReturnType<ReturnType<typeof getDb>["clusterFrameworkDay"]["findMany"]>>[number];
const dayOf = (row: { day: Date }) => row.day.toISOString().slice(0, 10);

describe("a catalog version change re-scores stored history without contacting clusters", () => {
  let fleet: Fleet;
  let boss: PgBoss | undefined;
  let clusterId: string;
  let changed: Catalog;
  let changedEvaluation: EvaluationCatalog;
  /** The rollups as the old catalog scored them, before anything was re-scored. */
  let original: RollupRow[];

  const db = () => getDb();
  /** The check's recorded status at an instant (from the finding intervals). */
  const checkStatusAt = async (at: Date) =>
    (
      await db().findingState.findMany({
        where: { clusterId, checkId: CHECK_ID, since: { lte: at }, OR: [{ until: null }, { until: { gt: at } }] },
        select: { status: true },
      })
    ).map((state) => state.status);
  const counts = async () => ({
    runs: await db().collectionRun.count({ where: { clusterId } }),
    evaluations: await db().evaluation.count({ where: { clusterId } }),
    states: await db()
      .findingState.findMany({
        where: { clusterId },
        select: {
          id: true,
          checkId: true,
          subjectKey: true,
          status: true,
          since: true,
          until: true,
          catalogVersion: true,
        },
        orderBy: { id: "asc" },
      })
      .then((states) =>
        states.map(({ checkId, subjectKey, ...state }) => ({ key: `${checkId} ${subjectKey}`, ...state })),
      ),
  });

  beforeAll(async () => {
    await resetDatabase();
    ({ fleet, clusterId } = await seedAnonymousBindingHistory({ now: NOW }));

    original = await db().clusterFrameworkDay.findMany({ where: { clusterId }, orderBy: [{ day: "asc" }] });
    const base = getEvaluationCatalog();
    // A NIST control the check does not map to and that passed on every recorded day.
    const passingEveryDay = new Set(
      base.catalog.frameworks.find((f) => f.id === "nist-800-53")!.controls.map((c) => c.id),
    );
    for (const row of original.filter((candidate) => candidate.frameworkId === "nist-800-53")) {
      const states = await db().findingState.findMany({
        where: { clusterId, since: { lte: row.asOf }, OR: [{ until: null }, { until: { gt: row.asOf } }] },
        select: { checkId: true, status: true },
      });
      const nist = scoreFrameworks({ catalog: base.catalog, findings: states }).find(
        (framework) => framework.frameworkId === "nist-800-53",
      )!;
      for (const control of nist.controls) if (control.status !== "PASS") passingEveryDay.delete(control.controlId);
    }
    const mapped = new Set(
      base.catalog.mappings
        .filter((m) => m.checkId === CHECK_ID && m.frameworkId === "nist-800-53")
        .map((m) => m.controlId),
    );
    const target = [...passingEveryDay].find((controlId) => !mapped.has(controlId));
    expect(target, "a NIST control that passed on every day").toBeDefined();
    changed = {
      ...base.catalog,
      version: NEW_VERSION,
      mappings: [
        ...base.catalog.mappings,
        { checkId: CHECK_ID, frameworkId: "nist-800-53", controlId: target!, provenance: "proposed", reason: "test" },
      ],
    };
    changedEvaluation = {
      version: NEW_VERSION,
      evaluators: base.evaluators,
      summarize: (findings) => summarizeFindings(changed, findings),
    };
  }, 180_000);

  afterAll(async () => {
    if (boss) {
      await boss.unschedule(RESCORE_QUEUE);
      await boss.deleteQueue(RESCORE_QUEUE);
      await boss.stop({ graceful: false });
    }
    await fleet?.close();
  });

  it("the recorded history has days before and after the check started failing", async () => {
    const days = [...new Map(original.map((row) => [dayOf(row), row.asOf])).values()];
    expect(days.length).toBeGreaterThanOrEqual(6);
    const statuses = await Promise.all(days.map(async (asOf) => mostSevereStatus(await checkStatusAt(asOf))));
    expect(statuses.filter((status) => status === "FAIL").length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status !== "FAIL").length).toBeGreaterThanOrEqual(2);
  });

  it("at start-up, re-evaluates each cluster's latest stored snapshot once, without a collection run", async () => {
    const before = await counts();
    const latest = await db().evaluation.findFirstOrThrow({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
    expect(await reevaluateForCatalog({ catalog: changedEvaluation, log })).toBe(1);

    const after = await db().evaluation.findFirstOrThrow({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
    expect(after).toMatchObject({ catalogVersion: NEW_VERSION, snapshotHash: latest.snapshotHash, trigger: "catalog" });
    const nist = (summary: unknown) =>
      (summary as { frameworks: Record<string, { fail: number }> }).frameworks["nist-800-53"]!;
    expect(nist(after.summary).fail).toBe(nist(latest.summary).fail + 1);
    const today = await db().clusterFrameworkDay.findMany({ where: { clusterId, asOf: after.evaluatedAt } });
    expect(today.map((row) => row.catalogVersion)).toEqual(today.map(() => NEW_VERSION));
    expect(today.length).toBe(changed.frameworks.length);

    const afterFirst = await counts();
    expect(afterFirst.runs).toBe(before.runs);
    expect(afterFirst.evaluations).toBe(before.evaluations + 1);
    // Every verdict stays what it was (only the scoring changed).
    const openStatuses = (states: typeof before.states) =>
      new Map(states.filter((state) => !state.until).map((state) => [state.key, state.status]));
    expect(openStatuses(afterFirst.states)).toEqual(openStatuses(before.states));

    // Idempotent: the next start finds every latest evaluation on the new version.
    expect(await reevaluateForCatalog({ catalog: changedEvaluation, log })).toBe(0);
    expect(await counts()).toEqual(afterFirst);
  });

  it("one pass re-scores a bounded number of past days, newest first, and says where to continue", async () => {
    const newDays = async () =>
      (
        await db().clusterFrameworkDay.findMany({
          where: { clusterId, catalogVersion: NEW_VERSION },
          distinct: ["day"],
          orderBy: { day: "desc" },
        })
      ).map(dayOf);
    const outdated = (
      await db().clusterFrameworkDay.findMany({
        where: { clusterId, catalogVersion: { not: NEW_VERSION } },
        distinct: ["day"],
        orderBy: { day: "desc" },
      })
    ).map(dayOf);
    expect(outdated.length).toBeGreaterThanOrEqual(5);
    const today = await newDays();
    expect(today).toHaveLength(1);

    const pass = await rescoreHistory({ catalog: changed, limit: 2 });
    expect(pass).toEqual({ rescored: 2, skipped: 0, next: { clusterId, day: outdated[1] } });
    expect(await newDays()).toEqual([...today, outdated[0], outdated[1]]);
  });

  it("the rollups.rescore job walks the rest of the history in a chain of bounded jobs, without collecting", async () => {
    const before = await counts();
    const firstPass = await db().clusterFrameworkDay.findMany({ where: { clusterId, catalogVersion: NEW_VERSION } });
    const queue = createJobQueue({ connectionString: readEnv().DATABASE_URL, role: "worker" });
    boss = queue;
    await queue.start();
    // Jobs other tests' workers left behind (for another catalog version) would only be dropped.
    if (await queue.getQueue(RESCORE_QUEUE)) await queue.deleteQueue(RESCORE_QUEUE);
    await startRescoreJobs({ boss: queue, catalog: changed, log, batchDays: 2 });
    const jobs = await waitFor(
      async () => {
        const left = await db().clusterFrameworkDay.count({
          where: { clusterId, catalogVersion: { not: NEW_VERSION } },
        });
        const found = await queue.findJobs<RescoreJobData>(RESCORE_QUEUE);
        return left === 0 && found.length > 0 && found.every((job) => job.state === "completed") && found;
      },
      { timeoutMs: 60_000, describe: async () => JSON.stringify(await queue.findJobs(RESCORE_QUEUE)) },
    );
    expect(jobs.filter((job) => job.data.after).length, "passes that continued the previous one").toBeGreaterThan(0);

    const rescored = await db().clusterFrameworkDay.findMany({ where: { clusterId }, orderBy: [{ day: "asc" }] });
    expect(rescored.length).toBe(original.length);
    const key = (row: RollupRow) => `${row.frameworkId} ${dayOf(row)}`;
    // What the first pass re-scored was not written again.
    const updatedAt = new Map(rescored.map((row) => [key(row), row.updatedAt]));
    for (const row of firstPass) expect(updatedAt.get(key(row)), key(row)).toEqual(row.updatedAt);

    const countsOf = ({ pass, fail, unknown, warn, waived, notApplicable, unassessed }: RollupRow) => ({
      pass,
      fail,
      unknown,
      warn,
      waived,
      notApplicable,
      unassessed,
    });
    // The new control passed on every day; now it takes the check's status of that day.
    const bucket = { FAIL: "fail", WARN: "warn", UNKNOWN: "unknown", WAIVED: "waived" } as const;
    const changedDays = new Set<string>();
    for (const row of rescored) {
      expect(row.catalogVersion, key(row)).toBe(NEW_VERSION);
      const old = countsOf(original.find((candidate) => key(candidate) === key(row))!);
      const status = mostSevereStatus(await checkStatusAt(row.asOf));
      if (row.frameworkId !== "nist-800-53" || status === "PASS" || status === "NOT_APPLICABLE") {
        expect(countsOf(row), key(row)).toEqual(old);
        continue;
      }
      changedDays.add(`${status} ${dayOf(row)}`);
      const into = bucket[status];
      expect(countsOf(row), key(row)).toEqual({ ...old, pass: old.pass - 1, [into]: old[into] + 1 });
      expect(row.score, key(row)).toBeCloseTo(row.pass / (row.pass + row.fail), 12);
    }
    expect([...changedDays].filter((day) => day.startsWith("FAIL")).length).toBeGreaterThanOrEqual(2);
    expect([...changedDays].filter((day) => !day.startsWith("FAIL")).length).toBeGreaterThanOrEqual(2);

    // Recorded history is untouched: no run, no evaluation, no finding interval added or changed.
    expect(await counts()).toEqual(before);
  });

  it("a second pass finds nothing to do and writes nothing", async () => {
    const rows = await db().clusterFrameworkDay.findMany({
      where: { clusterId },
      orderBy: [{ day: "asc" }, { frameworkId: "asc" }],
    });
    expect(await rescoreHistory({ catalog: changed })).toEqual({ rescored: 0, skipped: 0, next: null });
    expect(
      await db().clusterFrameworkDay.findMany({
        where: { clusterId },
        orderBy: [{ day: "asc" }, { frameworkId: "asc" }],
      }),
    ).toEqual(rows);
  });
});
