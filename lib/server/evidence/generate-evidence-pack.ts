import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { CreateEvidencePackResult, EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import type { Actor } from "@/lib/server/auth/actor";
import { LOTSE_VERSION } from "@/lib/server/config/lotse-version";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { logger } from "@/lib/server/log/logger";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import {
  insertEvidencePack,
  markEvidencePackBuilding,
  markEvidencePackFailed,
  markEvidencePackReady,
} from "@/lib/server/store/evidence/evidence-pack-store";
import type { Prisma } from "@/lib/server/store/db";
import { buildEvidencePack } from "./build-evidence-pack";
import { failInterruptedEvidencePacks } from "./fail-interrupted-evidence-packs";
import { packFilePath, packStorageKey } from "./pack-files";
import { resolveEvidenceScope } from "./resolve-evidence-scope";
import { getSigningKey } from "./signing-key";

/**
 * Generates a pack synchronously (see README: why not a job) and records it: the row goes
 * queued → building → ready | failed; success and failure are audit-logged with the manifest hash.
 * A scope error is a 400 before any row exists; a build failure leaves a `failed` row with the
 * reason, and the id is still returned so the caller can show it. First, builds that a stopped
 * process left behind are marked failed (failInterruptedEvidencePacks).
 */
export async function generateEvidencePack({
  input,
  actor,
}: {
  input: EvidenceScopeInput;
  actor: Actor;
}): Promise<CreateEvidencePackResult> {
  // Note: cleanup trouble (a file that cannot be removed) must not stop new packs; it is logged.
  await failInterruptedEvidencePacks().catch((error: unknown) =>
    logger.error({ reason: error instanceof Error ? error.message : String(error) }, "evidence pack cleanup failed"),
  );
  const { catalog } = getEvaluationCatalog();
  const resolved = await resolveEvidenceScope({ catalog, input, isStrict: true });
  const row = await insertEvidencePack({
    scope: resolved.scope as unknown as Prisma.InputJsonValue,
    createdBy: actor.label,
  });
  const target = { type: "evidence-pack", id: row.id };
  const details = {
    frameworks: resolved.scope.frameworks.join(","),
    clusters: resolved.clusters.length,
    asOf: resolved.scope.to,
  };
  try {
    await markEvidencePackBuilding({ id: row.id });
    const signingKey = await getSigningKey();
    const storageKey = packStorageKey(row.id);
    const outFile = packFilePath(storageKey);
    await mkdir(path.dirname(outFile), { recursive: true });
    const built = await buildEvidencePack({ catalog, resolved, signingKey, lotseVersion: LOTSE_VERSION, outFile });
    await markEvidencePackReady({ id: row.id, ...built, storageKey, signingKeyId: signingKey.fingerprint });
    await recordAuditEvent({
      actor,
      action: "evidence.generate",
      outcome: "success",
      target,
      details: { ...details, manifestSha256: built.manifestSha256, sizeBytes: built.sizeBytes },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.error({ packId: row.id, reason }, "evidence pack generation failed");
    await markEvidencePackFailed({ id: row.id, error: reason });
    await recordAuditEvent({
      actor,
      action: "evidence.generate",
      outcome: "failure",
      target,
      details: { ...details, reason },
    });
  }
  return { id: row.id };
}
