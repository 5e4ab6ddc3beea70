import type { KubeObject } from "@/lib/sim/model";
import { meta } from "./fixture-meta";

/** Workloads of each kind, and two etcd backup CronJobs (talos-backup; etcdctl with a secret on its command line). */
export function buildFixtureWorkloads(): KubeObject[] {
  const template = (name: string, image: string, command?: string[]) => ({
    spec: { containers: [{ name, image, ...(command ? { command } : {}) }] },
  });
  return [
    apps("Deployment", meta("web", "shop"), {
      replicas: 2,
      selector: { matchLabels: { app: "web" } },
      template: template("web", "registry.example/web:1"),
    }),
    apps("DaemonSet", meta("cilium", "kube-system"), {
      selector: {},
      template: template("agent", "quay.io/cilium/cilium:v1.18.1"),
    }),
    apps("StatefulSet", meta("db", "payments"), { selector: {}, template: template("postgres", "postgres:17") }),
    {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: meta("talos-backup", "kube-system"),
      spec: {
        schedule: "0 */6 * * *",
        suspend: false,
        jobTemplate: { spec: { template: template("talos-backup", "ghcr.io/siderolabs/talos-backup:v0.1.0-beta.3") } },
      },
      status: { lastScheduleTime: "2026-01-11T06:00:00Z", lastSuccessfulTime: "2026-01-11T06:01:10Z" },
    },
    {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: {
        ...meta("talos-backup-29470000", "kube-system"),
        ownerReferences: [
          { apiVersion: "batch/v1", kind: "CronJob", name: "talos-backup", uid: "u-2", controller: true },
        ],
      },
      spec: { template: template("talos-backup", "ghcr.io/siderolabs/talos-backup:v0.1.0-beta.3") },
      status: {
        startTime: "2026-01-11T06:00:02Z",
        completionTime: "2026-01-11T06:01:10Z",
        succeeded: 1,
        conditions: [{ type: "Complete", status: "True" }],
      },
    },
    {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: meta("etcd-snap", "ops"),
      spec: {
        schedule: "@daily",
        jobTemplate: {
          spec: {
            template: template("snap", "bitnami/etcd:3.5", [
              "/bin/sh",
              "-c",
              "etcdctl --endpoints=https://10.5.0.2:2379 snapshot save /backup/s.db && aws s3 cp /backup/s.db s3://backups --secret-key=hunter2",
            ]),
          },
        },
      },
    },
    {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: meta("report", "shop"),
      spec: {
        schedule: "0 1 * * *",
        jobTemplate: { spec: { template: template("report", "registry.example/report:1") } },
      },
    },
  ];
}

function apps(kind: string, metadata: KubeObject["metadata"], spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "apps/v1", kind, metadata, spec };
}
