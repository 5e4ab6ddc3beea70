import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/server/store/db";
import type { FindingStatus } from "@/lib/catalog/catalog-types";
import { toCanonicalJson, type StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { applyWaivers } from "@/lib/server/evaluate/apply-waivers";
import { detectPlatform } from "@/lib/server/evaluate/detect-platform";
import type { CheckEvaluator, CheckResult, CredentialCertificate } from "@/lib/server/evaluate/evaluator-types";
import { runEvaluatorsWatchingClock } from "@/lib/server/evaluate/run-evaluators";
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
 * credential certificates) equals the latest evaluation's, the evaluators are pure functions of it
 * except those that read the clock (a backup growing old, a certificate nearing expiry), so only
 * those run again (runEvaluatorsWatchingClock names them; none → the snapshot is not even loaded).
 * When their verdicts are the same, nothing but the latest evaluation's `confirmedAt` and the day's
 * rollup rows is written; otherwise the whole snapshot is evaluated and recorded.
 *
 * `snapshot.decoded`: the snapshot's content already decoded from its stored bytes (history
 * seeding evaluates one stored snapshot many times), so it is not read back and decoded again.
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
  snapshot?: { snapshotHash: string; runId: string | null; decoded?: StoredSnapshot };
  trigger: "run" | "catalog" | "waiver";
  catalog: EvaluationCatalog;
  now?: Date;
  openUntil?: Date | null;
}): Promise<RecordedEvaluation | null> {
  const cluster = await findCluster({ id: clusterId });
  if (!cluster) return null;
  const credentials = credentialsOf(cluster);
  const waivers = await findActiveWaivers({ clusterId, now });
  const isStale = isClusterStale({ cluster, now });
  const inputHashOf = (snapshotHash: string) =>
    hashEvaluationInput({ snapshotHash, catalogVersion: catalog.version, waivers, credentials });
  // A replay (openUntil) writes history behind the latest evaluation, so it is never a rerun of it.
  const latest = openUntil === null ? await findLatestEvaluation({ clusterId }) : null;
  const isRerun = (snapshotHash: string) =>
    latest !== null && latest.inputHash === inputHashOf(snapshotHash) && latest.evaluatedAt <= now;
  const confirm = (runId: string | null, summary: Prisma.JsonValue, clockCheckIds?: string[]) =>
    confirmEvaluation({
      clusterId,
      evaluationId: latest!.id,
      runId,
      catalogVersion: catalog.version,
      confirmedAt: now,
      clockCheckIds,
      rollup: { isStale, frameworks: frameworkDaysFromSummary((summary as { frameworks?: unknown }).frameworks) },
    });
  // Every finding of the confirmed evaluation stays as it is (counted from its summary).
  const confirmed = (summary: Prisma.JsonValue): RecordedEvaluation => ({
    evaluationId: latest!.id,
    opened: 0,
    closed: 0,
    unchanged: Object.values((summary as { findings?: Record<string, unknown> }).findings ?? {}).reduce<number>(
      (sum, count) => sum + (typeof count === "number" ? count : 0),
      0,
    ),
    isConfirmation: true,
  });

  const clockCheckIds = readClockCheckIds(latest?.clockCheckIds);
  const knownRerun = ref !== undefined && clockCheckIds !== null && isRerun(ref.snapshotHash);
  if (knownRerun && clockCheckIds.length === 0 && (await confirm(ref.runId, latest!.summary))) {
    return confirmed(latest!.summary);
  }
  const loaded = ref?.decoded
    ? { snapshotHash: ref.snapshotHash, runId: ref.runId, snapshot: ref.decoded }
    : ref
      ? await loadSnapshot(ref)
      : await loadLatestSnapshot({ clusterId });
  if (!loaded) return null;
  const platform = detectPlatform(loaded.snapshot);
  const context = { snapshot: loaded.snapshot, platform, credentials, now };
  const findingsOf = (results: CheckResult[]) => toFindings(applyWaivers({ results, waivers, clusterId, now }));

  if (knownRerun && clockCheckIds.length > 0) {
    const clocked = new Set(clockCheckIds);
    const rerun = runEvaluatorsWatchingClock(
      context,
      catalog.evaluators.filter((evaluator) => clocked.has(evaluator.check.id)),
    );
    const findings = findingsOf(rerun.results);
    const open = await findOpenStatuses({ clusterId, checkIds: clockCheckIds });
    if (hasSameVerdicts({ open, findings }) && (await confirm(loaded.runId, latest!.summary))) {
      return confirmed(latest!.summary);
    }
  }

  const run = runEvaluatorsWatchingClock(context, catalog.evaluators);
  const findings = findingsOf(run.results);
  const summary = catalog.summarize(findings) as Record<string, Prisma.InputJsonValue>;
  if (isRerun(loaded.snapshotHash)) {
    const isSame = hasSameVerdicts({ open: await findOpenStatuses({ clusterId }), findings });
    if (isSame && (await confirm(loaded.runId, summary as Prisma.JsonValue, run.clockCheckIds))) {
      return confirmed(summary as Prisma.JsonValue);
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
    inputHash: inputHashOf(loaded.snapshotHash),
    clockCheckIds: run.clockCheckIds,
    rollup: { isStale, frameworks: frameworkDaysFromSummary(summary.frameworks) },
  });
}

/** The stored list of clock-reading checks; null when the evaluation did not record one. */
function readClockCheckIds(value: Prisma.JsonValue | undefined): string[] | null {
  return Array.isArray(value) && value.every((id) => typeof id === "string") ? (value as string[]) : null;
}

/** Findings as stored: the waived verdicts with their subject key and a hash of their state. */
function toFindings(waived: ReturnType<typeof applyWaivers>) {
  return waived.map(({ result, status, waiverId }) => ({
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
}
