-- CreateEnum
CREATE TYPE "EvaluationTrigger" AS ENUM ('run', 'catalog', 'waiver');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('PASS', 'FAIL', 'WARN', 'NOT_APPLICABLE', 'UNKNOWN', 'WAIVED');

-- CreateTable
CREATE TABLE "evaluations" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "runId" TEXT,
    "catalogVersion" TEXT NOT NULL,
    "trigger" "EvaluationTrigger" NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" JSONB NOT NULL,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_states" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "subject" JSONB NOT NULL,
    "status" "FindingStatus" NOT NULL,
    "rawStatus" "FindingStatus" NOT NULL,
    "message" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "stateHash" TEXT NOT NULL,
    "waiverId" TEXT,
    "since" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3),
    "openedBy" TEXT NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "catalogVersion" TEXT NOT NULL,

    CONSTRAINT "finding_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waivers" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "clusterId" TEXT,
    "namespace" TEXT,
    "node" TEXT,
    "justification" TEXT NOT NULL,
    "approvedBy" TEXT NOT NULL,
    "approverRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,

    CONSTRAINT "waivers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evaluations_clusterId_evaluatedAt_idx" ON "evaluations"("clusterId", "evaluatedAt" DESC);

-- CreateIndex
CREATE INDEX "finding_states_clusterId_checkId_subjectKey_since_idx" ON "finding_states"("clusterId", "checkId", "subjectKey", "since" DESC);

-- CreateIndex
CREATE INDEX "finding_states_clusterId_until_idx" ON "finding_states"("clusterId", "until");

-- CreateIndex
CREATE INDEX "waivers_checkId_idx" ON "waivers"("checkId");

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_states" ADD CONSTRAINT "finding_states_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waivers" ADD CONSTRAINT "waivers_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The current state of every finding of a cluster is read often (pages, scores): index only open rows.
CREATE UNIQUE INDEX "finding_states_current" ON "finding_states"("clusterId", "checkId", "subjectKey") WHERE "until" IS NULL;
