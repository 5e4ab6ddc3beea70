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
import { confirmEvaluation } from "@/lib/server/store/findings/confirm-evaluation";
import { findLatestEvaluation } from "@/lib/server/store/findings/find-findings";
import { findOpenStatuses } from "@/lib/server/store/findings/find-open-statuses";
import { frameworkDaysFromSummary } from "@/lib/server/store/rollups/framework-day";
import { loadLatestSnapshot, loadSnapshot } from "@/lib/server/snapshots/load-snapshot";
import { findActiveWaivers } from "@/lib/server/store/waivers/waiver-store";
import { hashEvaluationInput } from "./hash-evaluation-input";
import { hasSameVerdicts } from "./has-same-verdicts";
import { isClusterStale } from "./is-cluster-stale";

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
 *
 * An unchanged rerun is cheap: when the input (snapshot, catalog version, waivers in force,
 * credential certificates) equals the latest evaluation's and every verdict is the same, nothing
 * but that evaluation's `confirmedAt` and the day's rollup rows is written. The evaluators still
 * run, so a verdict that changes with time alone (a backup growing old) is recorded when it flips.
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
  const credentials = credentialsOf(cluster);
  const waivers = await findActiveWaivers({ clusterId, now });
  const results = runEvaluators({ snapshot, platform, credentials, now }, catalog.evaluators);
  const waived = applyWaivers({ results, waivers, clusterId, now });
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
  const summary = catalog.summarize(findings) as Record<string, Prisma.InputJsonValue>;
  const rollup = {
    isStale: isClusterStale({ cluster, now }),
    frameworks: frameworkDaysFromSummary(summary.frameworks),
  };
  const inputHash = hashEvaluationInput({
    snapshotHash: loaded.snapshotHash,
    catalogVersion: catalog.version,
    waivers,
    credentials,
  });
  // A replay (openUntil) writes history behind the latest evaluation, so it is never a rerun of it.
  if (openUntil === null) {
    const latest = await findLatestEvaluation({ clusterId });
    if (latest?.inputHash === inputHash && latest.evaluatedAt <= now) {
      const isSame = hasSameVerdicts({ open: await findOpenStatuses({ clusterId }), findings });
      if (
        isSame &&
        (await confirmEvaluation({
          clusterId,
          evaluationId: latest.id,
          runId: loaded.runId,
          catalogVersion: catalog.version,
          confirmedAt: now,
          rollup,
        }))
      ) {
        return { evaluationId: latest.id, opened: 0, closed: 0, unchanged: findings.length, isConfirmation: true };
      }
    }
  }
  return recordEvaluation({
    clusterId,
    snapshotHash: loaded.snapshotHash,
    runId: loaded.runId,
    catalogVersion: catalog.version,
    trigger,
    summary: { platform, ...summary },
    findings,
    evaluatedAt: now,
    openUntil,
    inputHash,
    rollup,
  });
}
