-- CreateTable
CREATE TABLE "scanner_imports" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "tool" TEXT NOT NULL,
    "toolVersion" TEXT,
    "benchmark" TEXT,
    "node" TEXT,
    "fileName" TEXT,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "counts" JSONB NOT NULL,

    CONSTRAINT "scanner_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_results" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "checkId" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rawStatus" TEXT NOT NULL,
    "severity" TEXT,
    "remediation" TEXT,
    "detail" TEXT,

    CONSTRAINT "imported_results_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scanner_imports_clusterId_importedAt_idx" ON "scanner_imports"("clusterId", "importedAt" DESC);

-- CreateIndex
CREATE INDEX "imported_results_importId_idx" ON "imported_results"("importId");

-- AddForeignKey
ALTER TABLE "scanner_imports" ADD CONSTRAINT "scanner_imports_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_results" ADD CONSTRAINT "imported_results_importId_fkey" FOREIGN KEY ("importId") REFERENCES "scanner_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;
