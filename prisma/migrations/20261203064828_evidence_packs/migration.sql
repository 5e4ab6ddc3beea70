-- CreateEnum
CREATE TYPE "EvidencePackStatus" AS ENUM ('queued', 'building', 'ready', 'failed');

-- CreateTable
CREATE TABLE "evidence_packs" (
    "id" TEXT NOT NULL,
    "scope" JSONB NOT NULL,
    "status" "EvidencePackStatus" NOT NULL DEFAULT 'queued',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "manifestSha256" TEXT,
    "sizeBytes" BIGINT,
    "storageKey" TEXT,
    "error" TEXT,
    "signingKeyId" TEXT,

    CONSTRAINT "evidence_packs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_signing_keys" (
    "id" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "encryptionKeyId" TEXT NOT NULL,
    "encryptedPrivateKey" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "evidence_signing_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidence_packs_createdAt_idx" ON "evidence_packs"("createdAt" DESC);

-- Note: at most one active signing key, so two processes generating the key on first use cannot
-- both win; the loser re-reads the winner's key.
CREATE UNIQUE INDEX "evidence_signing_keys_one_active" ON "evidence_signing_keys"("isActive") WHERE "isActive";
