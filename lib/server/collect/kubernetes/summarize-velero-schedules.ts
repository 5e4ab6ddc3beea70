import type { VeleroBackupSummary, VeleroSchedule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** Velero's phase of a backup that finished and can be restored from. */
export const VELERO_SUCCESS_PHASE = "Completed";

/**
 * Each Schedule with the newest Backup it created (by start, else completion) and the newest one
 * that completed, matched by the `velero.io/schedule-name` label in the schedule's namespace. Only
 * these two are kept: a schedule may keep hundreds of backups, and the newest ones decide.
 */
export function summarizeVeleroSchedules({
  schedules,
  backups,
}: {
  schedules: Omit<VeleroSchedule, "latestBackup" | "latestSuccessfulBackup" | "backupCount">[];
  backups: VeleroBackupSummary[];
}): VeleroSchedule[] {
  return schedules.map((schedule) => {
    const own = backups.filter(
      (backup) => backup.namespace === schedule.namespace && backup.scheduleName === schedule.name,
    );
    return {
      ...schedule,
      latestBackup: newest(own),
      latestSuccessfulBackup: newest(own.filter((backup) => backup.phase === VELERO_SUCCESS_PHASE)),
      backupCount: own.length,
    };
  });
}

function newest(backups: VeleroBackupSummary[]): VeleroBackupSummary | null {
  const timeOf = (backup: VeleroBackupSummary) => backup.startTimestamp ?? backup.completionTimestamp ?? "";
  return backups.reduce<VeleroBackupSummary | null>(
    (best, backup) => (best === null || timeOf(backup) > timeOf(best) ? backup : best),
    null,
  );
}
