import { describe, expect, it } from "vitest";
import { mapVeleroBackup } from "./map-velero-backup";
import { mapVeleroSchedule } from "./map-velero-schedule";
import { summarizeVeleroSchedules } from "./summarize-velero-schedules";

const rawBackup = (name: string, phase: string, start: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: "velero.io/v1",
  kind: "Backup",
  metadata: { name, namespace: "velero", labels: { "velero.io/schedule-name": "daily" } },
  spec: { storageLocation: "default", includedNamespaces: ["*"] },
  status: { phase, startTimestamp: start, completionTimestamp: start, ...extra },
});

const mapped = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("Velero schedules and backups", () => {
  it("keeps each schedule's newest backup and newest completed backup, with Velero's failure reason", () => {
    const schedule = mapped(
      mapVeleroSchedule({
        metadata: { name: "daily", namespace: "velero" },
        spec: { schedule: "0 1 * * *", template: { storageLocation: "default", ttl: "720h0m0s" } },
        status: { phase: "Enabled", lastBackup: "2026-11-23T01:00:00Z" },
      }),
    );
    const backups = [
      rawBackup("daily-1", "Completed", "2026-11-21T01:00:00Z"),
      rawBackup("daily-2", "Completed", "2026-11-22T01:00:00Z"),
      rawBackup("daily-3", "Failed", "2026-11-23T01:00:00Z", { errors: 1, failureReason: "bucket unavailable" }),
      {
        ...rawBackup("manual", "Completed", "2026-11-23T02:00:00Z"),
        metadata: { name: "manual", namespace: "velero" },
      },
    ].map((raw) => mapped(mapVeleroBackup(raw)));
    const [summary] = summarizeVeleroSchedules({ schedules: [schedule], backups });
    expect(summary).toMatchObject({
      name: "daily",
      schedule: "0 1 * * *",
      paused: false,
      storageLocation: "default",
      phase: "Enabled",
      backupCount: 3,
      latestBackup: { name: "daily-3", phase: "Failed", failureReason: "bucket unavailable", errors: 1 },
      latestSuccessfulBackup: { name: "daily-2", phase: "Completed", completionTimestamp: "2026-11-22T01:00:00Z" },
    });
  });

  it("rejects a backup whose status has the wrong types instead of reading it as unset", () => {
    const result = mapVeleroBackup(rawBackup("bad", "Completed", "t", { errors: "many" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("bad: status.errors") });
  });

  it("gives a schedule without backups no latest backup", () => {
    const schedule = mapped(
      mapVeleroSchedule({ metadata: { name: "weekly", namespace: "velero" }, spec: { paused: true } }),
    );
    expect(summarizeVeleroSchedules({ schedules: [schedule], backups: [] })).toEqual([
      {
        namespace: "velero",
        name: "weekly",
        schedule: null,
        paused: true,
        storageLocation: null,
        phase: null,
        lastBackupTime: null,
        latestBackup: null,
        latestSuccessfulBackup: null,
        backupCount: 0,
      },
    ]);
  });
});
