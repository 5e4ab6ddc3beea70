import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";
import { successTimesSql } from "@/lib/server/store/evidence/find-period-facts";
import { latestEvaluationPerClusterSql } from "@/lib/server/store/findings/find-findings";
import { frameworkDayHistorySql } from "@/lib/server/store/rollups/find-framework-day-history";

/** Tables that grow with history: a sequential scan of one of them in a hot query is a finding. */
export const LARGE_TABLES = ["finding_states", "evaluations", "cluster_framework_days", "collection_runs"] as const;

export interface HotQueryPlan {
  /** e.g. "heatmap.latestEvaluations". */
  name: string;
  /** Distinct plan node types, in the order first met (depth first). */
  nodeTypes: string[];
  /** Tables read by a Seq Scan node. */
  seqScanTables: string[];
  /** True when one of LARGE_TABLES is read by a Seq Scan. */
  hasLargeSeqScan: boolean;
  planningMs: number;
  executionMs: number;
  /** The plan as PostgreSQL returned it (EXPLAIN (ANALYZE, FORMAT JSON)). */
  plan: unknown;
}

interface PlanNode {
  "Node Type"?: string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

const DAY_MS = 86_400_000;

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/**
 * The queries the heatmap, trends, cluster findings and evidence packs run on every request.
 * The raw-SQL ones are the store's own statements (shared builders); the ones the store expresses
 * through Prisma are written out here in the shape Prisma sends them (same tables, predicates,
 * order), since the driver adapter does not hand out its SQL.
 */
function hotQueries({
  clusterIds,
  checkIds,
  frameworkId,
  now,
  days,
}: {
  clusterIds: string[];
  checkIds: string[];
  frameworkId: string;
  now: Date;
  days: number;
}): { name: string; sql: Prisma.Sql }[] {
  const [first = ""] = clusterIds;
  const toDay = now.toISOString().slice(0, 10);
  const fromDay = new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  const periodFrom = new Date(now.getTime() - 90 * DAY_MS);
  const clusters = Prisma.join(clusterIds);
  const checks = Prisma.join(checkIds);
  return [
    { name: "heatmap.latestEvaluations", sql: latestEvaluationPerClusterSql() },
    {
      name: "heatmap.currentStatuses",
      sql: Prisma.sql`SELECT "clusterId", "checkId", status FROM finding_states
                       WHERE until IS NULL AND "checkId" IN (${checks})`,
    },
    {
      name: "trends.frameworkDays",
      sql: frameworkDayHistorySql({ clusterIds, frameworkIds: [frameworkId], fromDay, toDay }),
    },
    {
      name: "cluster.currentFindings",
      sql: Prisma.sql`SELECT * FROM finding_states WHERE "clusterId" = ${first} AND until IS NULL
                       ORDER BY "checkId", "subjectKey"`,
    },
    {
      name: "evidence.periodStates",
      sql: Prisma.sql`SELECT * FROM finding_states
                       WHERE "clusterId" IN (${first}) AND "checkId" IN (${checks})
                         AND since <= ${now} AND (until IS NULL OR until > ${periodFrom})
                       ORDER BY "checkId", "subjectKey", since, id`,
    },
    {
      name: "evidence.countPeriodStates",
      sql: Prisma.sql`SELECT count(*) FROM finding_states
                       WHERE "clusterId" IN (${clusters}) AND "checkId" IN (${checks})
                         AND since <= ${now} AND (until IS NULL OR until > ${periodFrom})`,
    },
    { name: "evidence.successTimes", sql: successTimesSql({ clusterIds, start: periodFrom, to: now }) },
    {
      name: "evidence.evaluationAt",
      sql: Prisma.sql`SELECT * FROM evaluations WHERE "clusterId" = ${first} AND "evaluatedAt" <= ${periodFrom}
                       ORDER BY "evaluatedAt" DESC, id LIMIT 1`,
    },
  ];
}

/**
 * Runs EXPLAIN (ANALYZE, FORMAT JSON) on the hot read queries against the current database and
 * reports, per query, its node types and whether it sequentially scans a table that grows with
 * history (LARGE_TABLES). Read-only (the queries are SELECTs). Defaults: every cluster, the first
 * cluster's current checks, the framework with most rollup rows, 365 days of trends, now.
 * Used by the plan test and by `npm run bench`.
 */
export async function explainHotQueries({
  clusterIds,
  checkIds,
  frameworkId,
  days = 365,
  now = new Date(),
}: {
  clusterIds?: string[];
  checkIds?: string[];
  frameworkId?: string;
  days?: number;
  now?: Date;
} = {}): Promise<HotQueryPlan[]> {
  const db = getDb();
  const ids = clusterIds ?? (await db.cluster.findMany({ select: { id: true } })).map((row) => row.id);
  if (ids.length === 0) return [];
  const checks =
    checkIds ??
    (
      await db.$queryRaw<{ checkId: string }[]>`
        SELECT DISTINCT "checkId" FROM finding_states WHERE "clusterId" = ${ids[0]} AND until IS NULL LIMIT 100`
    ).map((row) => row.checkId);
  const framework =
    frameworkId ??
    (
      await db.$queryRaw<{ frameworkId: string }[]>`
        SELECT "frameworkId" FROM cluster_framework_days WHERE "clusterId" = ${ids[0]}
         GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
    )[0]?.frameworkId ??
    "cis-k8s";
  const large = new Set<string>(LARGE_TABLES);
  const plans: HotQueryPlan[] = [];
  for (const { name, sql } of hotQueries({
    clusterIds: ids,
    checkIds: checks.length > 0 ? checks : ["-"],
    frameworkId: framework,
    now,
    days,
  })) {
    const [row] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
    const raw = row ? Object.values(row)[0] : undefined;
    const explained = (typeof raw === "string" ? JSON.parse(raw) : raw) as
      [{ Plan: PlanNode; "Planning Time"?: number; "Execution Time"?: number }] | undefined;
    const top = explained?.[0];
    if (!top) throw new Error(`EXPLAIN returned no plan for ${name}`);
    const nodeTypes: string[] = [];
    const seqScanTables: string[] = [];
    walk(top.Plan, (node) => {
      const type = node["Node Type"];
      if (type && !nodeTypes.includes(type)) nodeTypes.push(type);
      if (type === "Seq Scan" && node["Relation Name"]) seqScanTables.push(node["Relation Name"]);
    });
    plans.push({
      name,
      nodeTypes,
      seqScanTables,
      hasLargeSeqScan: seqScanTables.some((table) => large.has(table)),
      planningMs: top["Planning Time"] ?? 0,
      executionMs: top["Execution Time"] ?? 0,
      plan: explained,
    });
  }
  return plans;
}
