import type { KubeObject } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { listJobRuns } from "./list-job-runs";
import { formatKubeTime } from "./object-factory";
import { planNamespaces } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

export const KASTEN_NAMESPACE = "kasten-io";
const POLICY = "daily-backup";
const PROFILE = "s3-offsite";
/** K10 runs `@daily` policies at its default time; 23:00 UTC here. */
const DAILY = "0 23 * * *";
const DEFAULT_FAILURE =
  "Failed to export snapshot data: Failed to connect to location profile s3-offsite: dial tcp: i/o timeout";

/**
 * Kasten K10 as the API shows it when `tools.kasten` is enabled: its CRDs, a location Profile, one
 * `@daily` backup-and-export Policy over the application namespaces, and the runs K10 keeps of it
 * (three that completed, then the latest that failed if runs were scheduled after the last
 * success): a RunAction per run in kasten-io, and per run a BackupAction in each application
 * namespace. A failed run fails in its export step, so its BackupActions still complete.
 */
export function buildKastenObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { kasten } = spec.tools;
  if (!kasten.enabled) return [];
  const created = createdBetween({ context, key: "kasten", fromDays: 3, toDays: 25 });
  const crd = (group: string, kind: string, plural: string) =>
    buildCrd({
      factory,
      created,
      group,
      kind,
      plural,
      scope: "Namespaced",
      versions: ["v1alpha1"],
      storageVersion: "v1alpha1",
      categories: ["k10"],
    });
  const apps = planNamespaces({ spec })
    .filter((plan) => plan.isApp)
    .map((plan) => plan.name);
  const runs = listJobRuns({
    schedule: DAILY,
    now: context.now,
    lastSuccessHoursAgo: kasten.lastSuccessHoursAgo,
    key: `${spec.seed}:kasten`,
  });
  const labels = { "k10.kasten.io/policyName": POLICY, "k10.kasten.io/policyNamespace": KASTEN_NAMESPACE };
  const actions = runs.flatMap((run): KubeObject[] => {
    const suffix = hashHex({ key: `kasten-run:${spec.seed}:${run.scheduledAt.getTime()}`, length: 5 });
    const start = formatKubeTime({ time: new Date(run.scheduledAt.getTime() + 1_000) });
    const end = formatKubeTime({ time: new Date(run.scheduledAt.getTime() + run.durationSeconds * 1000) });
    const subject = {
      apiVersion: "config.kio.kasten.io/v1alpha1",
      kind: "Policy",
      name: POLICY,
      namespace: KASTEN_NAMESPACE,
    };
    return [
      {
        apiVersion: "actions.kio.kasten.io/v1alpha1",
        kind: "RunAction",
        metadata: factory.meta({
          kind: "RunAction",
          name: `policy-run-${suffix}`,
          namespace: KASTEN_NAMESPACE,
          created: run.scheduledAt,
          labels,
        }),
        spec: { subject },
        status: {
          state: run.succeeded ? "Complete" : "Failed",
          startTime: start,
          endTime: end,
          ...(run.succeeded ? {} : { error: { message: kasten.failureReason ?? DEFAULT_FAILURE } }),
        },
      },
      ...apps.map((namespace): KubeObject => ({
        apiVersion: "actions.kio.kasten.io/v1alpha1",
        kind: "BackupAction",
        metadata: factory.meta({
          kind: "BackupAction",
          name: `scheduled-${suffix}`,
          namespace,
          created: run.scheduledAt,
          labels: { ...labels, "k10.kasten.io/appName": namespace, "k10.kasten.io/appNamespace": namespace },
        }),
        spec: { subject: { name: namespace, namespace } },
        status: {
          state: "Complete",
          startTime: start,
          endTime: end,
          restorePoint: { name: `scheduled-${suffix}` },
        },
      })),
    ];
  });
  return [
    crd("config.kio.kasten.io", "Policy", "policies"),
    crd("config.kio.kasten.io", "Profile", "profiles"),
    crd("actions.kio.kasten.io", "RunAction", "runactions"),
    crd("actions.kio.kasten.io", "BackupAction", "backupactions"),
    {
      apiVersion: "config.kio.kasten.io/v1alpha1",
      kind: "Profile",
      metadata: factory.meta({ kind: "Profile", name: PROFILE, namespace: KASTEN_NAMESPACE, created }),
      spec: {
        type: "Location",
        locationSpec: {
          type: "ObjectStore",
          objectStore: { objectStoreType: "S3", name: `k10-${spec.name}`, region: "eu-central-1" },
        },
      },
      status: { validation: "Success" },
    },
    {
      apiVersion: "config.kio.kasten.io/v1alpha1",
      kind: "Policy",
      metadata: factory.meta({ kind: "Policy", name: POLICY, namespace: KASTEN_NAMESPACE, created }),
      spec: {
        comment: "Nightly backup of the application namespaces, exported off the cluster",
        frequency: "@daily",
        paused: false,
        retention: { daily: 7, weekly: 4, monthly: 12 },
        selector: { matchExpressions: [{ key: "k10.kasten.io/appNamespace", operator: "In", values: apps }] },
        actions: [
          { action: "backup" },
          {
            action: "export",
            exportParameters: { frequency: "@daily", profile: { name: PROFILE, namespace: KASTEN_NAMESPACE } },
          },
        ],
      },
      status: { validation: "Success", hash: 1 },
    },
    ...actions,
  ];
}

/** K10's executor, which runs the policies' actions (the other K10 services are left out: nothing reads them). */
export function buildKastenWorkload({ context }: { context: ClusterBuildContext }): WorkloadTemplate | null {
  if (!context.spec.tools.kasten.enabled) return null;
  return {
    kind: "Deployment",
    namespace: KASTEN_NAMESPACE,
    name: "executor-svc",
    serviceAccountName: "k10-k10",
    replicas: 3,
    created: createdBetween({ context, key: "kasten", fromDays: 3, toDays: 25 }),
    labels: { "app.kubernetes.io/name": "k10", component: "executor" },
    pod: {
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "executor-svc",
          image: "gcr.io/kasten-images/executor:8.5.3",
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            readOnlyRootFilesystem: true,
          },
        },
      ],
    },
  };
}
