import { getDb, type Prisma } from "@/lib/server/store/db";
import type { EvaluationTrigger, FindingStatus } from "@/lib/server/store/generated/client";
import type { FrameworkDayResult } from "@/lib/server/store/rollups/framework-day";
import { upsertFrameworkDays } from "@/lib/server/store/rollups/upsert-framework-days";

export interface FindingToStore {
  checkId: string;
  subjectKey: string;
  subject: Prisma.InputJsonValue;
  status: FindingStatus;
  rawStatus: FindingStatus;
  message: string;
  evidence: Prisma.InputJsonValue;
  /** Changes whenever status, message, evidence or waiver change. */
  stateHash: string;
  waiverId: string | null;
}

export interface RecordedEvaluation {
  evaluationId: string;
  opened: number;
  closed: number;
  unchanged: number;
  /** True when an unchanged rerun only confirmed the latest evaluation (see confirmEvaluation). */
  isConfirmation: boolean;
}

/** What the day's rollup rows get from this evaluation (frameworks from its summary). */
export interface RollupToStore {
  isStale: boolean;
  frameworks: readonly FrameworkDayResult[];
}

const keyOf = (checkId: string, subjectKey: string) => `${checkId}\u0000${subjectKey}`;

/**
 * Stores an evaluation and moves the cluster's finding states forward in one transaction: a
 * finding whose state hash is unchanged keeps its row; a changed one closes its row (`until`) and
 * opens a new one; a finding that no longer appears is closed. Evaluations of one cluster are
 * serialized by an advisory lock, so two racing evaluations cannot open the same state twice.
 *
 * `openUntil` is for replaying history before a cluster's first evaluation (history seeding): the
 * states compared and opened are the replayed ones, which end at `openUntil` (where the recorded
 * history begins) instead of staying open. Default null: the current states.
 *
 * The cluster's rollup rows for the evaluation's day are written in the same transaction, so a
 * run's intervals and its day's scores commit together.
 */
export async function recordEvaluation({
  clusterId,
  snapshotHash,
  runId,
  catalogVersion,
  trigger,
  summary,
  findings,
  evaluatedAt,
  openUntil = null,
  inputHash = null,
  clockCheckIds = null,
  rollup = null,
}: {
  clusterId: string;
  snapshotHash: string;
  runId: string | null;
  catalogVersion: string;
  trigger: EvaluationTrigger;
  summary: Prisma.InputJsonValue;
  findings: FindingToStore[];
  evaluatedAt: Date;
  openUntil?: Date | null;
  /** See Evaluation.inputHash: lets the next run with the same input skip storing anything. */
  inputHash?: string | null;
  /** See Evaluation.clockCheckIds: the checks a rerun with the same input must run again. */
  clockCheckIds?: string[] | null;
  rollup?: RollupToStore | null;
}): Promise<RecordedEvaluation> {
  return getDb().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lotse:evaluate:${clusterId}`}))`;
      const evaluation = await tx.evaluation.create({
        data: {
          clusterId,
          snapshotHash,
          runId,
          catalogVersion,
          trigger,
          summary,
          evaluatedAt,
          confirmedAt: evaluatedAt,
          inputHash,
          ...(clockCheckIds ? { clockCheckIds } : {}),
        },
        select: { id: true },
      });
      const open = await tx.findingState.findMany({
        where: { clusterId, until: openUntil },
        select: { id: true, checkId: true, subjectKey: true, stateHash: true },
      });
      const openByKey = new Map(open.map((row) => [keyOf(row.checkId, row.subjectKey), row]));
      const toClose: string[] = [];
      const toOpen: Prisma.FindingStateCreateManyInput[] = [];
      let unchanged = 0;
      const seen = new Set<string>();
      for (const finding of findings) {
        const key = keyOf(finding.checkId, finding.subjectKey);
        if (seen.has(key)) continue; // an evaluator listed a subject twice: keep the first verdict
        seen.add(key);
        const current = openByKey.get(key);
        if (current?.stateHash === finding.stateHash) {
          unchanged++;
          continue;
        }
        if (current) toClose.push(current.id);
        toOpen.push({
          clusterId,
          ...finding,
          since: evaluatedAt,
          until: openUntil,
          openedBy: evaluation.id,
          snapshotHash,
          catalogVersion,
        });
      }
      for (const [key, row] of openByKey) if (!seen.has(key)) toClose.push(row.id);
      if (toClose.length > 0) {
        await tx.findingState.updateMany({ where: { id: { in: toClose } }, data: { until: evaluatedAt } });
      }
      if (toOpen.length > 0) await tx.findingState.createMany({ data: toOpen });
      if (rollup) {
        await upsertFrameworkDays(tx, { clusterId, asOf: evaluatedAt, catalogVersion, ...rollup });
      }
      return {
        evaluationId: evaluation.id,
        opened: toOpen.length,
        closed: toClose.length,
        unchanged,
        isConfirmation: false,
      };
    },
    { timeout: 60_000 },
  );
}
