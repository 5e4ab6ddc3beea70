import { describe, expect, it } from "vitest";
import type { KubeJobStatus, KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { findEtcdBackupJobs } from "./find-etcd-backup-jobs";

const job = (outcome: KubeJobStatus["outcome"], startTime: string): KubeJobStatus => ({
  startTime,
  completionTime: outcome === "succeeded" ? startTime : null,
  succeeded: outcome === "succeeded" ? 1 : 0,
  failed: outcome === "failed" ? 1 : 0,
  active: 0,
  outcome,
});

function workload(overrides: Partial<KubeWorkload> & Pick<KubeWorkload, "kind" | "name">): KubeWorkload {
  return {
    namespace: "kube-system",
    labels: {},
    owner: null,
    creationTimestamp: null,
    containers: [],
    cronJob: null,
    job: null,
    ...overrides,
  };
}

const container = (image: string, command: string[] = []) => ({ name: "c", image, command, args: [] });

describe("findEtcdBackupJobs", () => {
  it("finds backups by image or command and picks the CronJob's most recent Job", () => {
    const cron = workload({
      kind: "CronJob",
      name: "backup",
      containers: [container("alpine", ["sh", "-c", "etcdutl snapshot save /b.db"])],
      cronJob: { schedule: "@daily", suspend: true, lastScheduleTime: "t3", lastSuccessfulTime: "t1" },
    });
    const owned = (name: string, outcome: KubeJobStatus["outcome"], start: string) =>
      workload({
        kind: "Job",
        name,
        owner: { kind: "CronJob", name: "backup" },
        containers: cron.containers,
        job: job(outcome, start),
      });
    const result = findEtcdBackupJobs({
      workloads: [
        cron,
        owned("backup-1", "succeeded", "2026-01-01T00:00:00Z"),
        owned("backup-2", "failed", "2026-01-02T00:00:00Z"),
      ],
    });
    expect(result).toEqual([
      {
        kind: "CronJob",
        namespace: "kube-system",
        name: "backup",
        evidence: "command of container c: etcdutl snapshot",
        schedule: "@daily",
        suspend: true,
        lastScheduleTime: "t3",
        lastSuccessfulTime: "t1",
        lastJob: { name: "backup-2", ...job("failed", "2026-01-02T00:00:00Z") },
        lastSuccessfulJob: { name: "backup-1", completionTime: "2026-01-01T00:00:00Z" },
      },
    ]);
  });

  it("lists a standalone backup Job with its own outcome, and ignores unrelated workloads", () => {
    const result = findEtcdBackupJobs({
      workloads: [
        workload({
          kind: "Job",
          name: "manual",
          containers: [container("ghcr.io/siderolabs/talos-backup:v0.1")],
          job: job("succeeded", "t"),
        }),
        workload({ kind: "Deployment", name: "etcd-snapshot-ui", containers: [container("etcd-snapshot")] }),
        workload({ kind: "CronJob", name: "report", containers: [container("report", ["etcdctl", "get", "/"])] }),
      ],
    });
    expect(result).toMatchObject([
      { kind: "Job", name: "manual", lastSuccessfulTime: "t", lastJob: { name: "manual", outcome: "succeeded" } },
    ]);
  });
});
