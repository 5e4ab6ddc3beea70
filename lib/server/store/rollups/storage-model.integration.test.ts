import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import type { TrendsView } from "@/lib/shared/trends-view";
import { scoreFrameworks } from "@/lib/catalog/scoring";
import { evaluateCluster } from "@/lib/server/evaluations/evaluate-cluster";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { readEnv } from "@/lib/server/config/read-env";
import { markStaleClusters } from "@/lib/server/jobs/mark-stale-clusters";
import { runCollectionJob } from "@/lib/server/jobs/run-collection-job";
import { seedAnonymousBindingHistory } from "@/lib/server/history/testing/seed-anonymous-binding-history";
import { getDb } from "@/lib/server/store/db";
import { findEvaluationHistory } from "@/lib/server/store/evaluations/find-evaluation-history";
import { findOpenStatuses } from "@/lib/server/store/findings/find-open-statuses";
import { createRun } from "@/lib/server/store/runs/create-run";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { loadTrends } from "@/lib/server/trends/load-trends";
import { toTrendsView } from "@/lib/server/trends/to-trends-view";
import { addDays, endOfDay, startOfDay, toDay } from "@/lib/server/trends/trend-days";
import type { Fleet } from "@/lib/sim/fleet";
import { frameworkDaysFromSummary } from "./framework-day";

// One hardened kubeadm cluster that gains a system:anonymous binding on day -3, with six days of
// replayed history, then collected by the worker's own code path (runCollectionJob, in process).
const NOW = new Date();
const DAY_MS = 86_400_000;
const log = pino({ level: "silent" });

// Scores are doubles that reach the test through different decoders (float8 column, JSON summary),
// which may differ in the last binary digit; everything else must be exactly equal.
function expectSameScore(actual: number | null, expected: number | null, label: string): void {
  if (expected === null) expect(actual, label).toBeNull();
  else expect(actual, label).toBeCloseTo(expected, 12);
}

function roundScores(view: TrendsView): TrendsView {
  const round = (score: number | null) => (score === null ? null : Math.round(score * 1e12) / 1e12);
  return {
    ...view,
    series: view.series.map((series) => ({
      ...series,
      points: series.points.map((point) => ({ ...point, score: round(point.score) })),
    })),
  };
}

describe("storage model: snapshots, finding intervals and daily rollups", () => {
  let fleet: Fleet;
  let clusterId: string;

  const collect = async () => {
    const created = await createRun({ clusterId, trigger: "manual", requestedBy: "test" });
    return runCollectionJob({ runId: created!.run.id, workerId: "test-worker", env: readEnv(), log });
  };
  const counts = async () => {
    const db = getDb();
    const [snapshots, findingStates, evaluations, rollups] = await Promise.all([
      db.snapshot.count({ where: { clusterId } }),
      db.findingState.count({ where: { clusterId } }),
      db.evaluation.count({ where: { clusterId } }),
      db.clusterFrameworkDay.count({ where: { clusterId } }),
    ]);
    return { snapshots, findingStates, evaluations, rollups };
  };

  beforeAll(async () => {
    await resetDatabase();
    ({ fleet, clusterId } = await seedAnonymousBindingHistory({ now: NOW }));
  }, 180_000);

  afterAll(async () => {
    await fleet?.close();
  });

  it("an unchanged rerun adds no snapshot, no finding state and no evaluation, and only confirms the latest", async () => {
    const first = await collect();
    expect(first).toMatchObject({ outcome: "succeeded" });
    const before = await counts();
    const second = await collect();
    expect(second).toMatchObject({ outcome: "succeeded", isNewSnapshot: false });
    expect(second).toHaveProperty("snapshotHash", (first as { snapshotHash: string }).snapshotHash);
    expect(await counts()).toEqual(before);
    const latest = await getDb().evaluation.findFirstOrThrow({
      where: { clusterId },
      orderBy: { evaluatedAt: "desc" },
    });
    const lastRun = await getDb().collectionRun.findFirstOrThrow({
      where: { clusterId },
      orderBy: { queuedAt: "desc" },
    });
    expect(latest.confirmedAt.getTime()).toBeGreaterThanOrEqual(lastRun.finishedAt!.getTime());
    expect(latest.runId).toBe(lastRun.id);
    expect(await getDb().collectionRun.count({ where: { clusterId, status: "succeeded" } })).toBe(6 + 2);
  });

  it("a status change closes exactly that finding's interval and opens another", async () => {
    const db = getDb();
    const failing = await db.findingState.groupBy({
      by: ["checkId"],
      where: { clusterId, until: null, status: "FAIL" },
      _count: { _all: true },
    });
    const target = failing.find((group) => group._count._all === 1);
    expect(target, "a check failing on exactly one subject (the anonymous binding)").toBeDefined();
    // The failing subject itself: the check may also hold passing subjects (e.g. other namespaces).
    const state = await db.findingState.findFirstOrThrow({
      where: { clusterId, until: null, checkId: target!.checkId, status: "FAIL" },
    });
    const statusesBefore = await db.findingState.findMany({
      where: { clusterId, until: null },
      select: { checkId: true, subjectKey: true, status: true },
    });
    const rowsBefore = await db.findingState.count({ where: { clusterId } });
    await db.waiver.create({
      data: {
        checkId: state.checkId,
        clusterId,
        justification: "accepted for the storage test",
        approvedBy: "user:lead@example.com",
        approverRole: "admin",
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
      },
    });
    await collect();

    const evaluation = await db.evaluation.findFirstOrThrow({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
    const closed = await db.findingState.findMany({ where: { clusterId, until: evaluation.evaluatedAt } });
    const opened = await db.findingState.findMany({ where: { clusterId, since: evaluation.evaluatedAt } });
    const key = (row: { checkId: string; subjectKey: string }) => `${row.checkId} ${row.subjectKey}`;
    // Only the waived finding changed its verdict; any other reopened state kept its status (its
    // evidence is relative to the evaluation time, e.g. a backup's age).
    const statusAfter = new Map(
      (await db.findingState.findMany({ where: { clusterId, until: null } })).map((row) => [key(row), row.status]),
    );
    const changed = statusesBefore.filter((row) => statusAfter.get(key(row)) !== row.status).map(key);
    expect(changed).toEqual([key(state)]);
    expect(closed.filter((row) => key(row) === key(state))).toEqual([expect.objectContaining({ id: state.id })]);
    expect(opened.filter((row) => key(row) === key(state))).toEqual([
      expect.objectContaining({ status: "WAIVED", rawStatus: "FAIL", until: null }),
    ]);
    expect(opened.map(key).sort()).toEqual(closed.map(key).sort());
    expect(await db.findingState.count({ where: { clusterId } })).toBe(rowsBefore + opened.length);
  });

  it("every rollup row equals a recomputation from the intervals and from the evaluation then in force", async () => {
    const db = getDb();
    const { catalog } = getEvaluationCatalog();
    const rollups = await db.clusterFrameworkDay.findMany({ where: { clusterId }, orderBy: [{ day: "asc" }] });
    const days = new Set(rollups.map((row) => row.day.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(6);
    expect(rollups.length).toBe(days.size * catalog.frameworks.length);
    for (const row of rollups) {
      const label = `${row.frameworkId} ${row.day.toISOString().slice(0, 10)}`;
      const states = await db.findingState.findMany({
        where: { clusterId, since: { lte: row.asOf }, OR: [{ until: null }, { until: { gt: row.asOf } }] },
        select: { checkId: true, status: true },
      });
      const recomputed = scoreFrameworks({ catalog, findings: states }).find(
        (framework) => framework.frameworkId === row.frameworkId,
      )!;
      const { frameworkId, score, pass, fail, unknown, warn, waived, notApplicable, unassessed } = row;
      const stored = { frameworkId, score, pass, fail, unknown, warn, waived, notApplicable, unassessed };
      expect({ ...stored, score: null }, label).toEqual({ frameworkId, ...recomputed.counts, score: null });
      expectSameScore(stored.score, recomputed.score, label);
      const evaluation = await db.evaluation.findFirstOrThrow({
        where: { clusterId, evaluatedAt: { lte: row.asOf } },
        orderBy: { evaluatedAt: "desc" },
      });
      const fromSummary = frameworkDaysFromSummary((evaluation.summary as { frameworks?: unknown }).frameworks);
      const summarized = fromSummary.find((framework) => framework.frameworkId === row.frameworkId)!;
      expect({ ...summarized, score: null }, label).toEqual({ ...stored, score: null });
      expectSameScore(summarized.score, stored.score, label);
      expect(row.catalogVersion).toBe(evaluation.catalogVersion);
    }
  });

  it("trends read from the rollups equal trends computed from the evaluations", async () => {
    const from = addDays(toDay(NOW), -8);
    const to = toDay(new Date());
    const frameworks = getEvaluationCatalog().catalog.frameworks;
    const fromRollups = await loadTrends({ clusterId, from, to }, NOW);
    const rows = await findEvaluationHistory({ clusterIds: [clusterId], from: startOfDay(from), until: endOfDay(to) });
    const fromEvaluations = toTrendsView({
      scope: fromRollups.scope,
      from,
      to,
      clusterIds: [clusterId],
      frameworks,
      rows,
      now: NOW,
    });
    expect(roundScores(fromRollups)).toEqual(roundScores(fromEvaluations));
    expect(fromRollups.series[0]!.points.filter((point) => point.score !== null).length).toBeGreaterThanOrEqual(6);
  });

  it("a STALE cluster is carried into the day's rollups with the stale flag and its last scores", async () => {
    const later = new Date(Date.now() + 3 * 86_400_000);
    expect(await markStaleClusters({ now: later })).toBe(1);
    const day = new Date(`${toDay(later)}T00:00:00.000Z`);
    const marked = await getDb().clusterFrameworkDay.findMany({ where: { clusterId, day } });
    const previous = await getDb().clusterFrameworkDay.findMany({ where: { clusterId, day: { lt: day } } });
    expect(marked).toHaveLength(getEvaluationCatalog().catalog.frameworks.length);
    for (const row of marked) {
      const last = previous.filter((candidate) => candidate.frameworkId === row.frameworkId).at(-1)!;
      expect(row).toMatchObject({ isStale: true, score: last.score, fail: last.fail, pass: last.pass });
    }
    // Marking again the same day writes nothing new.
    expect(await markStaleClusters({ now: new Date(later.getTime() + 60_000) })).toBe(1);
    expect(await getDb().clusterFrameworkDay.count({ where: { clusterId, day } })).toBe(marked.length);
  });
  // Last: it leaves the cluster evaluated years ahead.
  it("an unchanged rerun judges only the clock-reading checks again, so time alone still flips a verdict", async () => {
    const db = getDb();
    const latest = await db.evaluation.findFirstOrThrow({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
    const clockCheckIds = latest.clockCheckIds as string[];
    // Which checks read the clock is observed, not declared: certificate expiry always does.
    expect(clockCheckIds).toContain("credential.expiry");
    expect(clockCheckIds).not.toContain("seed.network-policies");
    const before = await counts();
    const rerunAt = new Date(latest.confirmedAt.getTime() + 60_000);
    const rerun = await evaluateCluster({
      clusterId,
      snapshot: { snapshotHash: latest.snapshotHash, runId: latest.runId },
      trigger: "run",
      catalog: getEvaluationCatalog(),
      now: rerunAt,
    });
    expect(rerun).toMatchObject({ evaluationId: latest.id, isConfirmation: true });
    expect(await counts()).toEqual(before);

    // Years later with the same snapshot: the client certificates have expired and the Kubernetes
    // version is past its end of life, so the clock-reading verdicts change, and only they do.
    const openBefore = await findOpenStatuses({ clusterId });
    const later = new Date(rerunAt.getTime() + 5 * 365 * DAY_MS);
    const aged = await evaluateCluster({
      clusterId,
      snapshot: { snapshotHash: latest.snapshotHash, runId: latest.runId },
      trigger: "run",
      catalog: getEvaluationCatalog(),
      now: later,
    });
    expect(aged?.isConfirmation).toBe(false);
    const openAfter = new Map(
      (await findOpenStatuses({ clusterId })).map((row) => [row.checkId + row.subjectKey, row]),
    );
    // Raw statuses: the waiver of the test above has expired by then, which changes a status too.
    const changed = openBefore.filter(
      (row) => openAfter.get(row.checkId + row.subjectKey)?.rawStatus !== row.rawStatus,
    );
    expect(changed.map((row) => row.checkId)).toContain("credential.expiry");
    for (const row of changed) expect(clockCheckIds).toContain(row.checkId);
  });
});
