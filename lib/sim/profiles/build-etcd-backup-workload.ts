import type { ClusterBuildContext } from "@/lib/sim/scenario/objects/cluster-build-context";
import { listJobRuns } from "@/lib/sim/scenario/objects/list-job-runs";
import type { WorkloadTemplate } from "@/lib/sim/scenario/objects/workload-template";
import { etcdImageTag } from "./kubernetes-component-images";

const CONTROL_PLANE_TOLERATION = [
  { key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" },
];

/**
 * The etcd backup CronJob with the Jobs its history keeps: siderolabs talos-backup on Talos
 * (snapshots through the Talos API), `etcdctl snapshot save` on a control-plane node on kubeadm.
 * `failingSinceDay` turns every run from that day on into a failure, so the last success ages.
 */
export function buildEtcdBackupWorkload({
  context,
  family,
}: {
  context: ClusterBuildContext;
  family: "talos" | "kubeadm";
}): WorkloadTemplate {
  const { spec } = context;
  const { schedule, failingSinceDay } = spec.etcdBackup;
  let { lastSuccessHoursAgo } = spec.etcdBackup;
  const failingSince =
    failingSinceDay === undefined ? undefined : context.referenceTime.getTime() + failingSinceDay * 86_400_000;
  if (failingSince !== undefined && failingSince <= context.now.getTime()) {
    lastSuccessHoursAgo = (context.now.getTime() - failingSince) / 3_600_000;
  }
  const runs = listJobRuns({ schedule, now: context.now, lastSuccessHoursAgo, key: `${spec.seed}:etcd-backup` });
  const common = {
    kind: "CronJob" as const,
    namespace: "kube-system",
    schedule,
    runs,
    created: context.createdAt,
    labels: { "app.kubernetes.io/component": "etcd-backup" },
  };
  if (family === "talos") {
    return {
      ...common,
      name: "talos-backup",
      serviceAccountName: "talos-backup",
      pod: {
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 1000,
          runAsGroup: 1000,
          fsGroup: 1000,
          seccompProfile: { type: "RuntimeDefault" },
        },
        tolerations: CONTROL_PLANE_TOLERATION,
        containers: [
          {
            name: "talos-backup",
            image: "ghcr.io/siderolabs/talos-backup:v0.1.0-beta.3",
            command: ["/talos-backup"],
            env: [
              { name: "AWS_REGION", value: "eu-central-1" },
              { name: "CUSTOM_S3_ENDPOINT", value: "https://minio.port-authority.internal" },
              { name: "BUCKET", value: "etcd-backups" },
              { name: "CLUSTER_NAME", value: spec.name },
              { name: "S3_PREFIX", value: spec.site },
            ],
            securityContext: {
              allowPrivilegeEscalation: false,
              capabilities: { drop: ["ALL"] },
              readOnlyRootFilesystem: true,
            },
            volumeMounts: [
              { name: "tmp", mountPath: "/tmp" },
              { name: "talos-secrets", mountPath: "/var/run/secrets/talos.dev" },
            ],
          },
        ],
        volumes: [
          { name: "tmp", emptyDir: {} },
          { name: "talos-secrets", secret: { secretName: "talos-backup-secrets", defaultMode: 420 } },
        ],
      },
    };
  }
  const pki = "/etc/kubernetes/pki/etcd";
  return {
    ...common,
    name: "etcd-backup",
    serviceAccountName: "etcd-backup",
    pod: {
      hostNetwork: true,
      onControlPlane: true,
      nodeSelector: { "node-role.kubernetes.io/control-plane": "" },
      tolerations: CONTROL_PLANE_TOLERATION,
      containers: [
        {
          name: "etcd-backup",
          image: `registry.k8s.io/etcd:${etcdImageTag({ kubernetesVersion: spec.kubernetesVersion })}`,
          command: [
            "etcdctl",
            "--endpoints=https://127.0.0.1:2379",
            `--cacert=${pki}/ca.crt`,
            `--cert=${pki}/healthcheck-client.crt`,
            `--key=${pki}/healthcheck-client.key`,
            "snapshot",
            "save",
            "/backup/etcd-snapshot.db",
          ],
          volumeMounts: [
            { name: "etcd-certs", mountPath: pki, readOnly: true },
            { name: "backup", mountPath: "/backup" },
          ],
        },
      ],
      volumes: [
        { name: "etcd-certs", hostPath: { path: pki, type: "Directory" } },
        { name: "backup", hostPath: { path: "/var/backups/etcd", type: "DirectoryOrCreate" } },
      ],
    },
  };
}
