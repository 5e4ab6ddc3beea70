import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { listJobRuns } from "./list-job-runs";
import { formatKubeTime } from "./object-factory";
import type { WorkloadTemplate } from "./workload-template";

export const VELERO_NAMESPACE = "velero";
const SCHEDULE = "daily-cluster";
const LOCATION = "default";
const DEFAULT_FAILURE = "rpc error: code = Unknown desc = error putting object: storage location is unavailable";

/**
 * Velero as the API shows it when `tools.velero` is enabled: its CRDs, a BackupStorageLocation, one
 * cluster-wide Schedule and the Backups it keeps (three that completed, then the latest one that
 * failed if backups were scheduled after the last success), as `velero schedule create` leaves them.
 */
export function buildVeleroObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { velero } = spec.tools;
  if (!velero.enabled) return [];
  const created = createdBetween({ context, key: "velero", fromDays: 3, toDays: 25 });
  const crd = (kind: string, plural: string) =>
    buildCrd({
      factory,
      created,
      group: "velero.io",
      kind,
      plural,
      scope: "Namespaced",
      versions: ["v1"],
      storageVersion: "v1",
      categories: ["velero"],
    });
  const runs = listJobRuns({
    schedule: velero.schedule,
    now: context.now,
    lastSuccessHoursAgo: velero.lastSuccessHoursAgo,
    key: `${spec.seed}:velero`,
  });
  const backups: KubeObject[] = runs.map((run) => {
    const stamp = run.scheduledAt.toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const start = new Date(run.scheduledAt.getTime() + 2_000);
    const end = new Date(start.getTime() + run.durationSeconds * 1000);
    return {
      apiVersion: "velero.io/v1",
      kind: "Backup",
      metadata: factory.meta({
        kind: "Backup",
        name: `${SCHEDULE}-${stamp}`,
        namespace: VELERO_NAMESPACE,
        created: run.scheduledAt,
        labels: { "velero.io/schedule-name": SCHEDULE, "velero.io/storage-location": LOCATION },
      }),
      spec: { storageLocation: LOCATION, ttl: "720h0m0s", includedNamespaces: ["*"], snapshotVolumes: true },
      status: {
        version: 1,
        formatVersion: "1.1.0",
        phase: run.succeeded ? "Completed" : "Failed",
        startTimestamp: formatKubeTime({ time: start }),
        completionTimestamp: formatKubeTime({ time: end }),
        expiration: formatKubeTime({ time: new Date(start.getTime() + 30 * 86_400_000) }),
        ...(run.succeeded
          ? { itemsBackedUp: 1200 + (run.durationSeconds % 97), totalItems: 1200 + (run.durationSeconds % 97) }
          : { errors: 1, failureReason: velero.failureReason ?? DEFAULT_FAILURE }),
      },
    };
  });
  const latest = runs.at(-1);
  return [
    crd("Backup", "backups"),
    crd("Schedule", "schedules"),
    crd("BackupStorageLocation", "backupstoragelocations"),
    {
      apiVersion: "velero.io/v1",
      kind: "BackupStorageLocation",
      metadata: factory.meta({ kind: "BackupStorageLocation", name: LOCATION, namespace: VELERO_NAMESPACE, created }),
      spec: {
        provider: "aws",
        default: true,
        objectStorage: { bucket: `velero-${spec.name}` },
        config: { region: "eu-central-1" },
      },
      status: { phase: "Available", lastValidationTime: formatKubeTime({ time: context.now }) },
    },
    {
      apiVersion: "velero.io/v1",
      kind: "Schedule",
      metadata: factory.meta({ kind: "Schedule", name: SCHEDULE, namespace: VELERO_NAMESPACE, created }),
      spec: {
        schedule: velero.schedule,
        useOwnerReferencesInBackup: false,
        template: { storageLocation: LOCATION, ttl: "720h0m0s", includedNamespaces: ["*"], snapshotVolumes: true },
      },
      status: {
        phase: "Enabled",
        ...(latest ? { lastBackup: formatKubeTime({ time: latest.scheduledAt }) } : {}),
      },
    },
    ...backups,
  ];
}

/** The Velero server Deployment (its node agent is left out: the collector does not read it). */
export function buildVeleroWorkload({ context }: { context: ClusterBuildContext }): WorkloadTemplate | null {
  if (!context.spec.tools.velero.enabled) return null;
  return {
    kind: "Deployment",
    namespace: VELERO_NAMESPACE,
    name: "velero",
    serviceAccountName: "velero",
    replicas: 1,
    created: createdBetween({ context, key: "velero", fromDays: 3, toDays: 25 }),
    labels: { "app.kubernetes.io/name": "velero", component: "velero" },
    pod: {
      securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "velero",
          image: "velero/velero:v1.17.1",
          command: ["/velero"],
          args: ["server", "--uploader-type=kopia"],
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
