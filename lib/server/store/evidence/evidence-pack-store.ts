import { getDb, type Prisma } from "@/lib/server/store/db";
import type { EvidencePack } from "@/lib/server/store/generated/client";

export type EvidencePackRow = EvidencePack;

export function insertEvidencePack(data: {
  scope: Prisma.InputJsonValue;
  createdBy: string;
}): Promise<EvidencePackRow> {
  return getDb().evidencePack.create({ data: { ...data, status: "queued" } });
}

export function markEvidencePackBuilding({ id }: { id: string }): Promise<EvidencePackRow> {
  return getDb().evidencePack.update({ where: { id }, data: { status: "building" } });
}

export function markEvidencePackReady({
  id,
  manifestSha256,
  sizeBytes,
  storageKey,
  signingKeyId,
}: {
  id: string;
  manifestSha256: string;
  sizeBytes: number;
  storageKey: string;
  signingKeyId: string;
}): Promise<EvidencePackRow> {
  return getDb().evidencePack.update({
    where: { id },
    data: { status: "ready", finishedAt: new Date(), manifestSha256, sizeBytes, storageKey, signingKeyId },
  });
}

export function markEvidencePackFailed({ id, error }: { id: string; error: string }): Promise<EvidencePackRow> {
  return getDb().evidencePack.update({
    where: { id },
    data: { status: "failed", finishedAt: new Date(), error: error.slice(0, 2000) },
  });
}

/**
 * Marks every pack still `building` that was created before `createdBefore` as failed with `error`,
 * in one statement (a build that finishes meanwhile is not touched); returns the rows it changed.
 */
export function failBuildingEvidencePacks({
  createdBefore,
  error,
}: {
  createdBefore: Date;
  error: string;
}): Promise<EvidencePackRow[]> {
  return getDb().evidencePack.updateManyAndReturn({
    where: { status: "building", createdAt: { lt: createdBefore } },
    data: { status: "failed", finishedAt: new Date(), error },
  });
}

export function findEvidencePack({ id }: { id: string }): Promise<EvidencePackRow | null> {
  return getDb().evidencePack.findUnique({ where: { id } });
}

/** Newest first; the register of packs is small (one row per generation), capped anyway. */
export function findEvidencePacks({ limit = 200 }: { limit?: number } = {}): Promise<EvidencePackRow[]> {
  return getDb().evidencePack.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: limit });
}
