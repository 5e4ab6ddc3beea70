import type { CheckDefinition } from "../../catalog-types";

// Seed check 10 of the TalosCon 2025 talk: etcd backed up regularly (and restores tested).

export const ETCD_BACKUP_CHECK: CheckDefinition = {
  id: "seed.etcd-backup",
  group: "seed",
  title: "etcd is backed up at least daily, and the last backup succeeded",
  rationale:
    "etcd holds the whole cluster state; losing its quorum or data without a recent snapshot means rebuilding every object by hand. A backup job that stopped succeeding is as bad as none, so the age of the last successful run is what counts (restore tests are not visible from the cluster and stay a process to evidence separately).",
  severity: "high",
  scope: "cluster",
  evidence: [
    "CronJobs and Jobs that run an etcd snapshot (etcdctl/etcdutl snapshot save, talosctl etcd snapshot, siderolabs talos-backup)",
    "Their last successful time, last schedule, suspend flag and most recent Job outcome",
    "Talos machine config features.kubernetesTalosAPIAccess allowed roles (os:etcd:backup, os:admin credential)",
  ],
  remediation: {
    talos: [
      "# Let an in-cluster backup job take etcd snapshots through the Talos API, then deploy",
      "# siderolabs/talos-backup as a CronJob (encrypted upload to S3-compatible storage):",
      "machine:",
      "  features:",
      "    kubernetesTalosAPIAccess:",
      "      enabled: true",
      "      allowedRoles:",
      "        - os:etcd:backup",
      "      allowedKubernetesNamespaces:",
      "        - kube-system",
    ].join("\n"),
    kubeadm: [
      "Run a CronJob on a control-plane node (at least daily) that runs",
      "`etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/healthcheck-client.crt --key=/etc/kubernetes/pki/etcd/healthcheck-client.key snapshot save /backup/etcd-$(date +%F-%H%M).db`",
      "and copies the snapshot off the cluster, encrypted; test a restore (`etcdutl snapshot restore`) regularly.",
    ].join("\n"),
    managed:
      "The provider operates and backs up etcd; back up your own objects and volumes (e.g. Velero) if you need point-in-time restores of the cluster's content.",
  },
};
