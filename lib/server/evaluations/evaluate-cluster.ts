import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/server/store/db";
import type { FindingStatus } from "@/lib/catalog/catalog-types";
import { toCanonicalJson } from "@/lib/server/collect/snapshot/encode-snapshot";
import { applyWaivers } from "@/lib/server/evaluate/apply-waivers";
import { detectPlatform } from "@/lib/server/evaluate/detect-platform";
import type { CheckEvaluator, CredentialCertificate } from "@/lib/server/evaluate/evaluator-types";
import { runEvaluators } from "@/lib/server/evaluate/run-evaluators";
import { subjectKey } from "@/lib/server/evaluate/subject-key";
import type { ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { recordEvaluation, type RecordedEvaluation } from "@/lib/server/store/findings/record-evaluation";
import { loadLatestSnapshot, loadSnapshot } from "@/lib/server/snapshots/load-snapshot";
import { findActiveWaivers } from "@/lib/server/store/waivers/waiver-store";

export interface EvaluationCatalog {
  version: string;
  evaluators: readonly CheckEvaluator[];
  /** Per-framework scores and counts from the evaluation's findings (stored as the summary). */
  summarize: (findings: { checkId: string; status: FindingStatus }[]) => Prisma.InputJsonValue;
}

function certificateOf(info: unknown, kind: CredentialCertificate["kind"]): CredentialCertificate | null {
  const certificate = (info as { clientCertificate?: { subject?: string; notAfter?: string } } | null)
    ?.clientCertificate;
  return certificate?.notAfter ? { kind, subject: certificate.subject ?? "", notAfter: certificate.notAfter } : null;
}

function credentialsOf(cluster: ClusterRow): CredentialCertificate[] {
  return [certificateOf(cluster.kubeInfo, "kubernetes"), certificateOf(cluster.talosInfo, "talos")].filter(
    (certificate): certificate is CredentialCertificate => certificate !== null,
  );
}

/**
 * Evaluates a cluster's stored snapshot (by default the latest) against the catalog, applies the
 * waivers in force, and records the evaluation and the finding states. Never contacts the cluster.
 * null: no such cluster, or nothing collected yet. `now` stamps the evaluation (and is the time
 * certificates and waivers are judged at); `openUntil` is for history replay (see recordEvaluation).
 */
export async function evaluateCluster({
  clusterId,
  snapshot: ref,
  trigger,
  catalog,
  now = new Date(),
  openUntil = null,
}: {
  clusterId: string;
  snapshot?: { snapshotHash: string; runId: string | null };
  trigger: "run" | "catalog" | "waiver";
  catalog: EvaluationCatalog;
  now?: Date;
  openUntil?: Date | null;
}): Promise<RecordedEvaluation | null> {
  const cluster = await findCluster({ id: clusterId });
  if (!cluster) return null;
  const loaded = ref ? await loadSnapshot(ref) : await loadLatestSnapshot({ clusterId });
  if (!loaded) return null;
  const { snapshot } = loaded;

  const platform = detectPlatform(snapshot);
  const results = runEvaluators({ snapshot, platform, credentials: credentialsOf(cluster), now }, catalog.evaluators);
  const waived = applyWaivers({ results, waivers: await findActiveWaivers({ clusterId, now }), clusterId, now });
  const findings = waived.map(({ result, status, waiverId }) => ({
    checkId: result.checkId,
    subjectKey: subjectKey(result.subject),
    subject: result.subject as unknown as Prisma.InputJsonValue,
    status,
    rawStatus: result.status,
    message: result.message,
    evidence: JSON.parse(JSON.stringify(result.evidence)) as Prisma.InputJsonValue,
    stateHash: createHash("sha256")
      .update(
        toCanonicalJson({ status, raw: result.status, message: result.message, evidence: result.evidence, waiverId }),
      )
      .digest("hex"),
    waiverId,
  }));
  return recordEvaluation({
    clusterId,
    snapshotHash: loaded.snapshotHash,
    runId: loaded.runId,
    catalogVersion: catalog.version,
    trigger,
    summary: { platform, ...(catalog.summarize(findings) as Record<string, Prisma.InputJsonValue>) },
    findings,
    evaluatedAt: now,
    openUntil,
  });
}
