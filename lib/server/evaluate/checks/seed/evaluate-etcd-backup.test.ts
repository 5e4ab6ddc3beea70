import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import { runEvaluators } from "../../run-evaluators";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "../cis/testing/cis-fixtures";
import { etcdBackupEvaluator } from "./evaluate-etcd-backup";

beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

async function judge(
  profile: PlatformProfile,
  {
    mutate,
    now,
    talosRole,
  }: { mutate?: (s: StoredSnapshot) => void; now?: string; talosRole?: "os:reader" | "os:admin" } = {},
) {
  const context = await profileContext(profile, { mutate, talosRole });
  const results = runEvaluators(now ? { ...context, now: new Date(now) } : context, [etcdBackupEvaluator]);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const backupJob = (snapshot: StoredSnapshot) => snapshot.kubernetes.etcdBackupJobs.data![0]!;

describe("seed.etcd-backup", () => {
  it("passes a backup CronJob whose last success is a few hours old, with the time and age as evidence", async () => {
    const result = await judge("talos-hardened");
    expect(result).toMatchObject({
      status: "PASS",
      message: "The last successful etcd backup (CronJob/kube-system/talos-backup) is 5 h old.",
    });
    expect(result.evidence[0]).toMatchObject({
      source: "kubernetes.etcdBackupJobs[kube-system/talos-backup].lastSuccessfulTime",
      value: "2026-11-23T06:00:40Z",
    });
    expect((await judge("kubeadm-hardened")).status).toBe("PASS");
  });

  it("warns when the last success is older than 26 h and the latest run failed", async () => {
    const result = await judge("kubeadm-default");
    expect(result).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("34 h old, more than 26 h, and its latest run (etcd-backup-29923290) failed"),
    });
  });

  it("fails a backup older than a week, a job that never succeeded, and a cluster without any backup job", async () => {
    expect((await judge("talos-default", { now: "2026-12-01T12:00:00Z" })).status).toBe("FAIL");
    const never = await judge("talos-default", {
      mutate: (snapshot) => {
        backupJob(snapshot).lastSuccessfulTime = null;
        backupJob(snapshot).lastSuccessfulJob = null;
      },
    });
    expect(never).toMatchObject({ status: "FAIL", message: expect.stringContaining("never completed") });
    const none = await judge("kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.etcdBackupJobs.data = [];
      },
    });
    expect(none).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("No CronJob or Job takes etcd snapshots"),
    });
  });

  it("warns on a fresh backup whose latest run failed, or whose CronJob is suspended", async () => {
    const failed = await judge("talos-hardened", {
      mutate: (snapshot) => {
        backupJob(snapshot).lastJob!.outcome = "failed";
      },
    });
    expect(failed).toMatchObject({ status: "WARN", message: expect.stringContaining("latest run") });
    const suspended = await judge("talos-hardened", {
      mutate: (snapshot) => {
        backupJob(snapshot).suspend = true;
      },
    });
    expect(suspended).toMatchObject({ status: "WARN", message: expect.stringContaining("suspended") });
  });

  it("is NOT_APPLICABLE on a managed control plane, whose provider backs up etcd", async () => {
    const result = await judge("managed");
    expect(result).toMatchObject({ status: "NOT_APPLICABLE", message: expect.stringContaining("provider") });
  });

  it("is UNKNOWN when the workloads could not be read, and does not FAIL from an incomplete list", async () => {
    const error = { target: "kubernetes:cronjobs", kind: "forbidden" as const, message: "cronjobs is forbidden" };
    const unread = await judge("kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.etcdBackupJobs = { data: null, errors: [error] };
      },
    });
    expect(unread.status).toBe("UNKNOWN");
    expect(unread.evidence).toContainEqual({ source: error.target, value: null, note: `forbidden: ${error.message}` });
    const partial = await judge("kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.etcdBackupJobs = { data: [], errors: [error] };
      },
    });
    expect(partial.status).toBe("UNKNOWN");
  });

  it("shows Talos' kubernetesTalosAPIAccess setting when the machine config is readable (os:admin)", async () => {
    const result = await judge("talos-hardened", { talosRole: "os:admin" });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(/machineConfig\.machine\.features\.kubernetesTalosAPIAccess$/),
        note: expect.stringContaining("os:etcd:backup"),
      }),
    );
  });
});
