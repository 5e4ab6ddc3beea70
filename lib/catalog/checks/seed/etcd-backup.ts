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
    "Velero Schedules (velero.io/v1, when installed): schedule, pause, storage location, and the newest and newest completed Backup with its phase and failure reason; a completed Backup younger than twice the schedule's interval counts as a current backup",
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
      "# Velero (a Schedule with a completed Backup younger than twice its interval) also counts, and so",
      "# does a Kasten K10 backup Policy with an export action whose runs complete; they back up the",
      "# cluster's objects and volumes, talos-backup the etcd database itself.",
    ].join("\n"),
    kubeadm: [
      "Run a CronJob on a control-plane node (at least daily) that runs",
      "`etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/healthcheck-client.crt --key=/etc/kubernetes/pki/etcd/healthcheck-client.key snapshot save /backup/etcd-$(date +%F-%H%M).db`",
      "and copies the snapshot off the cluster, encrypted; test a restore (`etcdutl snapshot restore`) regularly.",
      'A Velero Schedule (`velero schedule create daily --schedule="0 1 * * *"`) whose Backups complete also counts;',
      "when its latest Backup failed, fix what its failureReason names (`velero backup describe <name>`), usually the storage location.",
      "A Kasten K10 backup Policy (with an export action) whose runs complete counts the same way; a failed run's error is in",
      "`kubectl -n kasten-io get runactions.actions.kio.kasten.io -o yaml` (status.error), usually the location profile.",
    ].join("\n"),
    managed:
      "The provider operates and backs up etcd; back up your own objects and volumes with Velero (`velero schedule create daily --schedule=\"0 1 * * *\"`) if you need point-in-time restores of the cluster's content. When a Velero Schedule is installed it is judged: its newest completed Backup must be younger than twice its interval; a failed Backup's failureReason (`velero backup describe <name>`) says what to fix. A Kasten K10 backup Policy is judged the same way, by its runs (RunActions) and K10's error of a failed one.",
  },
};
