import { CronExpressionParser } from "cron-parser";
import type { VeleroBackupSummary, VeleroSchedule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvidenceItem } from "../../../evaluator-types";
import { hoursSince, type ResultStatus } from "./combine-statuses";

/** When a schedule's interval cannot be read: a daily backup plus two hours of slack (as for etcd jobs). */
export const FALLBACK_BACKUP_HOURS = 26;

export interface BackupVerdict {
  status: ResultStatus;
  message: string;
  evidence: EvidenceItem[];
}

const GO_DURATION = /^@every\s+(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/**
 * Hours between two runs of a Velero schedule: a 5-field cron expression or a descriptor such as
 * `@daily` (cron-parser), or Velero's `@every 6h30m`. Null when it is neither.
 */
export function scheduleIntervalHours(schedule: string | null, now: Date): number | null {
  if (!schedule) return null;
  const every = GO_DURATION.exec(schedule.trim());
  if (every) {
    const [, h = "0", m = "0", s = "0"] = every;
    const hours = Number(h) + Number(m) / 60 + Number(s) / 3600;
    return hours > 0 ? hours : null;
  }
  try {
    const runs = CronExpressionParser.parse(schedule, { currentDate: now, tz: "UTC" });
    const first = runs.next().getTime();
    return (runs.next().getTime() - first) / 3_600_000;
  } catch {
    return null;
  }
}

export function scheduleLabel(schedule: Pick<VeleroSchedule, "namespace" | "name">): string {
  return `Velero Schedule ${schedule.namespace}/${schedule.name}`;
}

function backupLabel(backup: VeleroBackupSummary): string {
  return `Backup ${backup.namespace}/${backup.name}`;
}

export function scheduleEvidence(schedule: VeleroSchedule): EvidenceItem {
  const brief = (backup: VeleroBackupSummary | null) =>
    backup
      ? {
          name: backup.name,
          phase: backup.phase,
          completionTimestamp: backup.completionTimestamp,
          failureReason: backup.failureReason,
        }
      : null;
  return {
    source: `kubernetes.veleroSchedules[${schedule.namespace}/${schedule.name}]`,
    value: {
      schedule: schedule.schedule,
      paused: schedule.paused,
      phase: schedule.phase,
      storageLocation: schedule.storageLocation,
      lastBackupTime: schedule.lastBackupTime,
      latestBackup: brief(schedule.latestBackup),
      latestSuccessfulBackup: brief(schedule.latestSuccessfulBackup),
      backupCount: schedule.backupCount,
    },
    note: "Velero Schedule (velero.io/v1) and its newest Backups",
  };
}

/** ", and its latest Backup … failed: <reason>" when the newest Backup did not complete after the last success. */
function describeLatestFailure(schedule: VeleroSchedule): string {
  const { latestBackup: latest, latestSuccessfulBackup: success } = schedule;
  if (!latest || latest === success || latest.phase === "Completed" || latest.phase === "InProgress") return "";
  if (latest.phase === "New" || latest.phase === null) return "";
  const reason = latest.failureReason ? `: ${latest.failureReason}` : "";
  return `; its latest ${backupLabel(latest)} is ${latest.phase}${reason}`;
}

/**
 * One Velero schedule against `now`: its newest completed Backup younger than twice the schedule's
 * interval → PASS (WARN when the schedule is paused, not Enabled, or its newest Backup failed since);
 * older, or never completed → FAIL, citing the newest Backup's phase and failure reason.
 */
export function judgeVeleroSchedule(schedule: VeleroSchedule, now: Date): BackupVerdict {
  const label = scheduleLabel(schedule);
  const interval = scheduleIntervalHours(schedule.schedule, now);
  const limit = interval === null ? FALLBACK_BACKUP_HOURS : Math.max(1, 2 * interval);
  const limitText =
    interval === null
      ? `${FALLBACK_BACKUP_HOURS} h (its schedule "${schedule.schedule ?? ""}" is not readable)`
      : `twice its ${formatHours(interval)} interval`;
  const evidence = [scheduleEvidence(schedule)];
  const success = schedule.latestSuccessfulBackup;
  const failure = describeLatestFailure(schedule);
  if (!success) {
    return { status: "FAIL", message: `${label} has no completed backup${failure}.`, evidence };
  }
  const time = success.completionTimestamp ?? success.startTimestamp;
  const hours = time === null ? null : hoursSince(time, now);
  if (hours === null) {
    return {
      status: "UNKNOWN",
      message: `The completion time of ${backupLabel(success)} ("${time ?? ""}") is not a readable date.`,
      evidence,
    };
  }
  const age = Math.max(0, hours);
  const ageItem: EvidenceItem = {
    source: `kubernetes.veleroSchedules[${schedule.namespace}/${schedule.name}].latestSuccessfulBackup.completionTimestamp`,
    value: time,
    note: `${age} h before ${now.toISOString()}; PASS ≤ ${formatHours(limit)} (${interval === null ? "fallback" : "2 × interval"})`,
  };
  const last = `The last completed backup of ${label} (${backupLabel(success)}) is ${formatHours(age)} old`;
  if (age > limit) {
    return { status: "FAIL", message: `${last}, more than ${limitText}${failure}.`, evidence: [ageItem, ...evidence] };
  }
  const caveat = failure
    ? failure
    : schedule.paused
      ? "; but the Schedule is paused, so no further backups run"
      : schedule.phase !== null && schedule.phase !== "Enabled"
        ? `; but the Schedule's phase is ${schedule.phase}`
        : "";
  return {
    status: caveat ? "WARN" : "PASS",
    message: `${last}, within ${limitText}${caveat}.`,
    evidence: [ageItem, ...evidence],
  };
}

/** "45 min", "10 h", "3 days": an age or interval as the backup messages say it. */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.floor(hours / 24)} days`;
}
