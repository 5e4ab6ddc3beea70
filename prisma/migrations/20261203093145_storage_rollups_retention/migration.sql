-- Issue 8: per-day rollups per cluster × framework, cheap unchanged reruns, retention support.

-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "inputHash" TEXT;

-- Existing evaluations were confirmed when they were made.
UPDATE "evaluations" SET "confirmedAt" = "evaluatedAt";

-- CreateTable
CREATE TABLE "cluster_framework_days" (
    "clusterId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "score" DOUBLE PRECISION,
    "pass" INTEGER NOT NULL,
    "fail" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "warn" INTEGER NOT NULL,
    "waived" INTEGER NOT NULL,
    "notApplicable" INTEGER NOT NULL,
    "unassessed" INTEGER NOT NULL,
    "isStale" BOOLEAN NOT NULL DEFAULT false,
    "catalogVersion" TEXT NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_framework_days_pkey" PRIMARY KEY ("clusterId","frameworkId","day")
);

-- CreateIndex
CREATE INDEX "collection_runs_snapshotHash_idx" ON "collection_runs"("snapshotHash");

-- AddForeignKey
ALTER TABLE "cluster_framework_days" ADD CONSTRAINT "cluster_framework_days_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: each cluster's last evaluation of every UTC day (timestamps are stored in UTC) becomes
-- that day's rollup, one row per framework in its summary, so existing history keeps its trends.
-- Staleness was not recorded before, so backfilled rows are not marked stale.
INSERT INTO "cluster_framework_days"
  ("clusterId", "frameworkId", "day", "score", "pass", "fail", "unknown", "warn", "waived",
   "notApplicable", "unassessed", "isStale", "catalogVersion", "asOf", "updatedAt")
SELECT last_of_day."clusterId", framework.key, last_of_day.day,
       CASE WHEN jsonb_typeof(framework.value -> 'score') = 'number' THEN (framework.value ->> 'score')::double precision END,
       COALESCE((framework.value ->> 'pass')::integer, 0),
       COALESCE((framework.value ->> 'fail')::integer, 0),
       COALESCE((framework.value ->> 'unknown')::integer, 0),
       COALESCE((framework.value ->> 'warn')::integer, 0),
       COALESCE((framework.value ->> 'waived')::integer, 0),
       COALESCE((framework.value ->> 'notApplicable')::integer, 0),
       COALESCE((framework.value ->> 'unassessed')::integer, 0),
       false, last_of_day."catalogVersion", last_of_day."evaluatedAt", CURRENT_TIMESTAMP
  FROM (SELECT DISTINCT ON (e."clusterId", e."evaluatedAt"::date)
               e."clusterId", e."evaluatedAt"::date AS day, e."evaluatedAt", e."catalogVersion", e.summary
          FROM "evaluations" e
         ORDER BY e."clusterId", e."evaluatedAt"::date, e."evaluatedAt" DESC) AS last_of_day
 CROSS JOIN LATERAL jsonb_each(
         CASE WHEN jsonb_typeof(last_of_day.summary -> 'frameworks') = 'object'
              THEN last_of_day.summary -> 'frameworks' ELSE '{}'::jsonb END) AS framework
 WHERE jsonb_typeof(framework.value) = 'object';

-- CreateIndex
CREATE INDEX "collection_runs_clusterId_finishedAt_idx" ON "collection_runs"("clusterId", "finishedAt");

-- The heatmap reads the current state of a few checks fleet-wide: a small partial index over open
-- states only (Prisma's schema cannot express partial indexes, so it lives here).
CREATE INDEX "finding_states_current_idx" ON "finding_states"("checkId", "clusterId", "status") WHERE "until" IS NULL;
