import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { VeleroBackupSummary, VeleroSchedule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import { runEvaluators } from "../../run-evaluators";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "../cis/testing/cis-fixtures";
import { etcdBackupEvaluator } from "./evaluate-etcd-backup";
import { scheduleIntervalHours } from "./support/velero-schedules";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

// Fixture "now" is 2026-11-23T12:00:00Z.
const backup = (name: string, phase: string, completion: string, failureReason: string | null = null) =>
  ({
    namespace: "velero",
    name,
    scheduleName: "daily",
    phase,
    startTimestamp: completion,
    completionTimestamp: completion,
    storageLocation: "default",
    errors: phase === "Completed" ? 0 : 1,
    failureReason,
  }) satisfies VeleroBackupSummary;

function schedule(overrides: Partial<VeleroSchedule> = {}): VeleroSchedule {
  const success = backup("daily-20261123010000", "Completed", "2026-11-23T01:05:00Z");
  return {
    namespace: "velero",
    name: "daily",
    schedule: "0 1 * * *",
    paused: false,
    storageLocation: "default",
    phase: "Enabled",
    lastBackupTime: "2026-11-23T01:00:00Z",
    latestBackup: success,
    latestSuccessfulBackup: success,
    backupCount: 3,
    ...overrides,
  };
}

const withVelero =
  (schedules: VeleroSchedule[] | null, { withoutEtcdJobs = false } = {}) =>
  (snapshot: StoredSnapshot) => {
    snapshot.kubernetes.veleroSchedules = { isServed: true, data: schedules, errors: [] };
    if (withoutEtcdJobs) snapshot.kubernetes.etcdBackupJobs = { data: [], errors: [] };
  };

async function judge(profile: PlatformProfile, mutate: (snapshot: StoredSnapshot) => void) {
  const results = runEvaluators(await profileContext(profile, { mutate }), [etcdBackupEvaluator]);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const STORAGE_DOWN = "rpc error: code = Unknown desc = error putting object: bucket velero-cloud-03 is unavailable";

describe("seed.etcd-backup with Velero", () => {
  it("passes a cluster whose Velero schedule completed a backup within twice its interval, citing the schedule", async () => {
    const result = await judge("managed", withVelero([schedule()]));
    expect(result).toMatchObject({
      status: "PASS",
      message:
        "The last completed backup of Velero Schedule velero/daily (Backup velero/daily-20261123010000) is 10 h old, within twice its 24 h interval.",
    });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.veleroSchedules[velero/daily]",
        note: expect.stringContaining("Velero"),
      }),
    );
    // No etcd backup job, but a healthy Velero schedule: the backup check passes on kubeadm too.
    expect((await judge("kubeadm-default", withVelero([schedule()], { withoutEtcdJobs: true }))).status).toBe("PASS");
  });

  it("fails when the last Velero backup failed and the last completed one is older than twice the interval, with Velero's reason", async () => {
    const failed = backup("daily-20261123010000", "Failed", "2026-11-23T01:02:00Z", STORAGE_DOWN);
    const old = backup("daily-20261120010000", "Completed", "2026-11-20T01:05:00Z");
    const result = await judge(
      "managed",
      withVelero([schedule({ latestBackup: failed, latestSuccessfulBackup: old })]),
    );
    expect(result.status).toBe("FAIL");
    expect(result.message).toBe(
      `The last completed backup of Velero Schedule velero/daily (Backup velero/daily-20261120010000) is 3 days old, more than twice its 24 h interval; its latest Backup velero/daily-20261123010000 is Failed: ${STORAGE_DOWN}.`,
    );
    const never = await judge(
      "kubeadm-hardened",
      withVelero([schedule({ latestBackup: failed, latestSuccessfulBackup: null })], { withoutEtcdJobs: true }),
    );
    expect(never).toMatchObject({ status: "FAIL", message: expect.stringContaining("has no completed backup") });
    expect(never.message).toContain(STORAGE_DOWN);
  });

  it("warns on a fresh backup whose newest run failed since, or a paused schedule", async () => {
    const failed = backup("daily-20261123010000", "PartiallyFailed", "2026-11-23T01:30:00Z");
    const yesterday = backup("daily-20261122010000", "Completed", "2026-11-22T01:05:00Z");
    const result = await judge(
      "managed",
      withVelero([schedule({ latestBackup: failed, latestSuccessfulBackup: yesterday })]),
    );
    expect(result).toMatchObject({ status: "WARN", message: expect.stringContaining("is PartiallyFailed") });
    expect((await judge("managed", withVelero([schedule({ paused: true })]))).message).toContain("paused");
  });

  it("lets any healthy source pass: a failing etcd job beside a healthy Velero schedule passes, and the other verdict stays as evidence", async () => {
    const result = await judge("kubeadm-default", withVelero([schedule()]));
    // kubeadm-default's etcd job is 34 h old with a failed latest run (WARN on its own).
    expect(result.status).toBe("PASS");
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        source: "other backup source",
        value: "WARN",
        note: expect.stringContaining("34 h old"),
      }),
    );
  });

  it("keeps managed clusters without Velero NOT_APPLICABLE, and is UNKNOWN instead of FAIL when Velero could not be read", async () => {
    const absent = await judge("managed", (snapshot) => {
      snapshot.kubernetes.veleroSchedules = { isServed: false, data: [], errors: [] };
    });
    expect(absent.status).toBe("NOT_APPLICABLE");
    const error = { target: "kubernetes:schedules.velero.io", kind: "forbidden" as const, message: "forbidden" };
    const unread = await judge("kubeadm-default", (snapshot) => {
      snapshot.kubernetes.veleroSchedules = { isServed: true, data: null, errors: [error] };
      snapshot.kubernetes.etcdBackupJobs = { data: [], errors: [] };
    });
    expect(unread.status).toBe("UNKNOWN");
    // A snapshot stored before Velero was read: the etcd jobs decide as before.
    const old = await judge("kubeadm-default", (snapshot) => {
      delete snapshot.kubernetes.veleroSchedules;
      snapshot.kubernetes.etcdBackupJobs = { data: [], errors: [] };
    });
    expect(old.status).toBe("FAIL");
  });

  it("reads cron, descriptor and @every schedules as intervals", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(scheduleIntervalHours("0 */6 * * *", now)).toBe(6);
    expect(scheduleIntervalHours("@daily", now)).toBe(24);
    expect(scheduleIntervalHours("@every 1h30m", now)).toBe(1.5);
    expect(scheduleIntervalHours("not a schedule", now)).toBeNull();
  });
});
