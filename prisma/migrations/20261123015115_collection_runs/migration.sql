-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('queued', 'running', 'succeeded', 'partial', 'failed');

-- CreateEnum
CREATE TYPE "RunTrigger" AS ENUM ('schedule', 'manual', 'fleet');

-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "lastSuccessAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "collection_runs" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'queued',
    "trigger" "RunTrigger" NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "scheduledFor" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "workerId" TEXT,
    "jobId" TEXT,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "errorSummary" JSONB,
    "timings" JSONB,
    "snapshotHash" TEXT,

    CONSTRAINT "collection_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "hash" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "codec" TEXT NOT NULL,
    "rawBytes" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "collection_runs_clusterId_queuedAt_idx" ON "collection_runs"("clusterId", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "collection_runs_status_idx" ON "collection_runs"("status");

-- CreateIndex
CREATE UNIQUE INDEX "collection_runs_clusterId_scheduledFor_key" ON "collection_runs"("clusterId", "scheduledFor");

-- CreateIndex
CREATE INDEX "snapshots_clusterId_createdAt_idx" ON "snapshots"("clusterId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_snapshotHash_fkey" FOREIGN KEY ("snapshotHash") REFERENCES "snapshots"("hash") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one queued-or-running collection per cluster: a second request joins the active run.
CREATE UNIQUE INDEX "collection_runs_one_active_per_cluster" ON "collection_runs"("clusterId") WHERE "status" IN ('queued', 'running');
