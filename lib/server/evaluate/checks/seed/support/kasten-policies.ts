import type { KastenActionSummary, KastenPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvidenceItem } from "../../../evaluator-types";
import { hoursSince } from "./combine-statuses";
import { FALLBACK_BACKUP_HOURS, formatHours, scheduleIntervalHours, type BackupVerdict } from "./velero-schedules";

/** K10 runs a policy with this frequency only when someone starts it. */
const ON_DEMAND = "@onDemand";

export function kastenPolicyLabel(policy: Pick<KastenPolicy, "namespace" | "name">): string {
  return `Kasten K10 Policy ${policy.namespace}/${policy.name}`;
}

function runLabel(run: KastenActionSummary): string {
  return `${run.kind} ${run.namespace}/${run.name}`;
}

export function kastenPolicyEvidence(policy: KastenPolicy): EvidenceItem {
  const brief = (run: KastenActionSummary | null) =>
    run ? { kind: run.kind, name: run.name, state: run.state, endTime: run.endTime, error: run.error } : null;
  return {
    source: `kubernetes.kastenPolicies[${policy.namespace}/${policy.name}]`,
    value: {
      frequency: policy.frequency,
      paused: policy.paused,
      actions: policy.actions,
      validation: policy.validation,
      latestRun: brief(policy.latestRun),
      latestSuccessfulRun: brief(policy.latestSuccessfulRun),
      runCount: policy.runCount,
    },
    note: "Kasten K10 Policy (config.kio.kasten.io/v1alpha1) and its newest runs (actions.kio.kasten.io)",
  };
}

/** "; its latest run … is Failed: <error>" when the newest run did not complete after the last success. */
function describeLatestFailure(policy: KastenPolicy): string {
  const { latestRun: latest, latestSuccessfulRun: success } = policy;
  if (!latest || latest === success || latest.state === null) return "";
  if (["Complete", "Running", "Pending"].includes(latest.state)) return "";
  return `; its latest run (${runLabel(latest)}) is ${latest.state}${latest.error ? `: ${latest.error}` : ""}`;
}

/** Why a policy whose last success is recent still needs attention; "" when nothing does. */
function describeCaveat(policy: KastenPolicy): string {
  const failure = describeLatestFailure(policy);
  if (failure) return failure;
  if (policy.paused) return "; but the Policy is paused, so no further backups run";
  if (policy.frequency === ON_DEMAND) return "; but the Policy runs only on demand, not on a schedule";
  if (!policy.actions.includes("export")) {
    return "; but it has no export action, so its restore points stay in the cluster's own storage";
  }
  return "";
}

/**
 * One K10 backup policy against `now`, by Velero's rule: its newest completed run younger than
 * twice the policy's interval (`@daily` → 24 h, a cron expression as written) → PASS; WARN when the
 * policy is paused, runs only on demand, has no export action (the restore points never leave the
 * cluster) or its newest run failed since; older, never completed, or the policy failed K10's
 * validation → FAIL, citing the newest run's state and K10's error.
 */
export function judgeKastenPolicy(policy: KastenPolicy, now: Date): BackupVerdict {
  const label = kastenPolicyLabel(policy);
  const evidence = [kastenPolicyEvidence(policy)];
  if (policy.validation === "Failed") {
    return { status: "FAIL", message: `${label} failed K10's validation, so it does not run.`, evidence };
  }
  const interval = policy.frequency === ON_DEMAND ? null : scheduleIntervalHours(policy.frequency, now);
  const limit = interval === null ? FALLBACK_BACKUP_HOURS : Math.max(1, 2 * interval);
  const limitText =
    interval === null
      ? `${FALLBACK_BACKUP_HOURS} h (its frequency "${policy.frequency ?? ""}" is not a schedule)`
      : `twice its ${formatHours(interval)} interval`;
  const success = policy.latestSuccessfulRun;
  const failure = describeLatestFailure(policy);
  if (!success) return { status: "FAIL", message: `${label} has no completed run${failure}.`, evidence };
  const time = success.endTime ?? success.startTime;
  const hours = time === null ? null : hoursSince(time, now);
  if (hours === null) {
    return {
      status: "UNKNOWN",
      message: `The end time of ${runLabel(success)} ("${time ?? ""}") is not a readable date.`,
      evidence,
    };
  }
  const age = Math.max(0, hours);
  const ageItem: EvidenceItem = {
    source: `kubernetes.kastenPolicies[${policy.namespace}/${policy.name}].latestSuccessfulRun.endTime`,
    value: time,
    note: `${age} h before ${now.toISOString()}; PASS ≤ ${formatHours(limit)} (${interval === null ? "fallback" : "2 × interval"})`,
  };
  const last = `The last completed run of ${label} (${runLabel(success)}) is ${formatHours(age)} old`;
  if (age > limit) {
    return { status: "FAIL", message: `${last}, more than ${limitText}${failure}.`, evidence: [ageItem, ...evidence] };
  }
  const caveat = describeCaveat(policy);
  return {
    status: caveat ? "WARN" : "PASS",
    message: `${last}, within ${limitText}${caveat}.`,
    evidence: [ageItem, ...evidence],
  };
}
