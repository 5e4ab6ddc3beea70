import { beforeEach, describe, expect, it } from "vitest";
import { pino } from "pino";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { pruneHistory } from "./prune-history";

const DAY = 86_400_000;
const NOW = new Date("2026-12-01T12:00:00.000Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const dayAgo = (days: number) => new Date(`${ago(days).toISOString().slice(0, 10)}T00:00:00.000Z`);
const log = pino({ level: "silent" });

async function createCluster(name: string): Promise<string> {
  const cluster = await getDb().cluster.create({
    data: {
      name,
      environment: "cloud",
      kubeServer: "https://127.0.0.1:6443",
      kubeContext: name,
      kubeInfo: {},
      talosEndpoints: [],
    },
  });
  return cluster.id;
}

async function snapshot(clusterId: string, hash: string, ageDays: number) {
  await getDb().snapshot.create({
    data: {
      hash,
      clusterId,
      schemaVersion: 1,
      codec: "gzip",
      rawBytes: 2,
      content: new Uint8Array([1, 2]),
      createdAt: ago(ageDays),
    },
  });
}

async function run(clusterId: string, id: string, ageDays: number, snapshotHash: string | null, status = "succeeded") {
  await getDb().collectionRun.create({
    data: {
      id,
      clusterId,
      status: status as "succeeded" | "failed",
      trigger: "schedule",
      requestedBy: "schedule",
      queuedAt: ago(ageDays),
      finishedAt: ago(ageDays),
      snapshotHash,
    },
  });
}

async function evaluation(clusterId: string, id: string, ageDays: number, snapshotHash: string) {
  await getDb().evaluation.create({
    data: {
      id,
      clusterId,
      snapshotHash,
      catalogVersion: "1.0.0",
      trigger: "run",
      evaluatedAt: ago(ageDays),
      confirmedAt: ago(ageDays),
      summary: {},
    },
  });
}

async function state(clusterId: string, id: string, since: number, until: number | null, snapshotHash: string) {
  await getDb().findingState.create({
    data: {
      id,
      clusterId,
      checkId: "check",
      subjectKey: `object/${id}`,
      subject: {},
      status: "PASS",
      rawStatus: "PASS",
      message: "m",
      evidence: [],
      stateHash: id,
      since: ago(since),
      until: until === null ? null : ago(until),
      openedBy: "e",
      snapshotHash,
      catalogVersion: "1.0.0",
    },
  });
}

async function rollup(clusterId: string, frameworkId: string, ageDays: number) {
  await getDb().clusterFrameworkDay.create({
    data: {
      clusterId,
      frameworkId,
      day: dayAgo(ageDays),
      score: 0.5,
      pass: 1,
      fail: 1,
      unknown: 0,
      warn: 0,
      waived: 0,
      notApplicable: 0,
      unassessed: 0,
      catalogVersion: "1.0.0",
      asOf: ago(ageDays),
    },
  });
}

describe("history retention (400 days)", () => {
  let a: string;
  let b: string;

  beforeEach(async () => {
    await resetDatabase();
    a = await createCluster("busy");
    b = await createCluster("quiet");
    for (const [hash, age] of [
      ["s1", 600],
      ["s2", 500],
      ["s3", 420],
      ["s4", 10],
      ["s5", 600],
      ["s6", 100],
    ] as const) {
      await snapshot(a, hash, age);
    }
    await run(a, "r1", 600, "s1");
    await run(a, "r2", 500, "s2");
    await run(a, "r3", 420, "s3"); // the last success before the cutoff: STALE ranges need it
    await run(a, "r3-failed", 415, null, "failed");
    await run(a, "r4", 10, "s4");
    await evaluation(a, "e1", 600, "s1");
    await evaluation(a, "e2", 500, "s2");
    await evaluation(a, "e3", 410, "s3"); // in force at the cutoff
    await evaluation(a, "e4", 10, "s4");
    await state(a, "f1", 600, 500, "s1");
    await state(a, "f2", 500, 300, "s2"); // closed after the cutoff: kept (and keeps s2)
    await state(a, "f3", 600, null, "s5"); // still open: kept (and keeps s5)
    await state(a, "f4", 410, 405, "s3");
    for (const age of [402, 401, 399, 10]) await rollup(a, "cis-k8s", age);
    await rollup(a, "gdpr", 700);
    // A cluster whose whole history is older than the cutoff keeps its latest of everything.
    await snapshot(b, "b1", 800);
    await run(b, "rb0", 900, null, "failed");
    await run(b, "rb1", 800, "b1");
    await evaluation(b, "eb0", 900, "b1");
    await evaluation(b, "eb1", 800, "b1");
    await rollup(b, "cis-k8s", 900);
    await rollup(b, "cis-k8s", 800);
    await getDb().evidencePack.create({
      data: { scope: {}, status: "ready", createdBy: "auditor@example.com", createdAt: ago(700), finishedAt: ago(700) },
    });
  });

  it("deletes exactly what lies past the cutoff, keeping each cluster's latest and what is in force at the cutoff", async () => {
    const result = await pruneHistory({ retentionDays: 400, now: NOW, batchSize: 1, log });
    const db = getDb();
    const ids = async <T extends { id?: string; hash?: string }>(rows: Promise<T[]>) =>
      (await rows).map((row) => row.id ?? row.hash).sort();
    expect(await ids(db.collectionRun.findMany({ select: { id: true } }))).toEqual(["r3", "r4", "rb1"]);
    expect(await ids(db.evaluation.findMany({ select: { id: true } }))).toEqual(["e3", "e4", "eb1"]);
    expect(await ids(db.findingState.findMany({ select: { id: true } }))).toEqual(["f2", "f3"]);
    expect(await ids(db.snapshot.findMany({ select: { hash: true } }))).toEqual(["b1", "s2", "s3", "s4", "s5", "s6"]);
    const rollups = await db.clusterFrameworkDay.findMany({ orderBy: [{ clusterId: "asc" }, { day: "asc" }] });
    expect(rollups.filter((row) => row.clusterId === a).map((row) => [row.frameworkId, row.day])).toEqual(
      expect.arrayContaining([
        ["cis-k8s", dayAgo(401)],
        ["cis-k8s", dayAgo(399)],
        ["cis-k8s", dayAgo(10)],
        ["gdpr", dayAgo(700)],
      ]),
    );
    expect(rollups.filter((row) => row.clusterId === a)).toHaveLength(4);
    expect(rollups.filter((row) => row.clusterId === b).map((row) => row.day)).toEqual([dayAgo(800)]);
    expect(await db.evidencePack.count()).toBe(1);
    expect(result).toMatchObject({ findingStates: 2, evaluations: 3, runs: 4, rollups: 2, snapshots: 1, clusters: 2 });

    const audit = await db.auditEvent.findMany({ where: { action: "history.prune" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: "system", outcome: "success" });
    expect(audit[0]!.details).toMatchObject({
      retentionDays: 400,
      runs: 4,
      snapshots: 1,
      cutoff: ago(400).toISOString(),
    });
  });

  it("a second pass finds nothing to delete and records nothing", async () => {
    await pruneHistory({ retentionDays: 400, now: NOW, log });
    const again = await pruneHistory({ retentionDays: 400, now: NOW, log });
    expect(again).toMatchObject({ findingStates: 0, evaluations: 0, runs: 0, rollups: 0, snapshots: 0 });
    expect(await getDb().auditEvent.count({ where: { action: "history.prune" } })).toBe(1);
  });
});
