import type { Platform } from "@/lib/catalog/catalog-types";
import { ETCD_BACKUP_CHECK } from "@/lib/catalog/checks/seed/etcd-backup";
import { NETWORK_POLICIES_CHECK } from "@/lib/catalog/checks/seed/network-policies";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KubeWorkload, ServedCollected } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext } from "@/lib/server/evaluate/evaluator-types";
import { describeCnis, detectCni } from "@/lib/server/evaluate/checks/seed/support/detect-cni";
import { judgeEtcdBackupJobs } from "@/lib/server/evaluate/checks/seed/support/judge-etcd-backup-jobs";
import { judgeVeleroBackups } from "@/lib/server/evaluate/checks/seed/support/judge-velero-backups";
import type { EvidenceSourceView } from "@/lib/shared/evidence-source-view";
import { feed, healthOf, MAX_OBJECTS } from "./evidence-source-helpers";
import {
  admissionSources,
  gitOpsSources,
  runtimeSources,
  scanSources,
  secretSources,
  shipperSources,
} from "./list-platform-tool-sources";
import {
  kastenSources,
  kmsSources,
  kubewardenSources,
  ratifySources,
  secretsStoreCsiSources,
} from "./list-security-tool-sources";

/**
 * The ecosystem tools the latest snapshot shows, each with a health read from its own state (the
 * same support functions the evaluators use, so the panel and the findings agree) and the checks it
 * feeds. A tool whose CRD is not served, or that the snapshot does not show, is not listed.
 */
export function listEvidenceSources({
  snapshot,
  platform,
  now,
}: {
  snapshot: StoredSnapshot;
  platform: Platform;
  now: Date;
}): EvidenceSourceView[] {
  const context: EvaluationContext = { snapshot, platform, credentials: [], now };
  const kube = snapshot.kubernetes;
  return [
    ...backupSources(context),
    ...kastenSources(context),
    ...cniSources(kube.workloads.data),
    ...policySources("Cilium network policies", "cilium", kube.ciliumPolicies),
    ...policySources("Calico network policies", "calico", kube.calicoPolicies),
    ...admissionSources(snapshot),
    ...kubewardenSources(context),
    ...ratifySources(context),
    ...runtimeSources(context),
    ...secretSources(snapshot),
    ...secretsStoreCsiSources(context),
    ...kmsSources(context),
    ...gitOpsSources(snapshot),
    ...scanSources(context),
    ...shipperSources(context),
  ];
}

function backupSources(context: EvaluationContext): EvidenceSourceView[] {
  const sources: EvidenceSourceView[] = [];
  const velero = judgeVeleroBackups(context);
  const schedules = context.snapshot.kubernetes.veleroSchedules?.data ?? [];
  if (velero) {
    sources.push({
      id: "velero",
      tool: "Velero",
      category: "Backup",
      health: healthOf(velero.status),
      detail: velero.message,
      objects: schedules.slice(0, MAX_OBJECTS).map((schedule) => `Schedule ${schedule.namespace}/${schedule.name}`),
      feeds: [feed(ETCD_BACKUP_CHECK)],
    });
  }
  const jobs = context.snapshot.kubernetes.etcdBackupJobs.data ?? [];
  if (jobs.length > 0) {
    const verdict = judgeEtcdBackupJobs(context);
    const isTalosBackup = jobs.some((job) => job.evidence.includes("talos-backup"));
    sources.push({
      id: "etcd-backup-jobs",
      tool: isTalosBackup ? "talos-backup" : "etcd snapshot job",
      category: "Backup",
      health: healthOf(verdict.status),
      detail: verdict.message,
      objects: jobs.slice(0, MAX_OBJECTS).map((job) => `${job.kind} ${job.namespace}/${job.name}`),
      feeds: [feed(ETCD_BACKUP_CHECK)],
    });
  }
  return sources;
}

function cniSources(workloads: KubeWorkload[] | null): EvidenceSourceView[] {
  const detection = detectCni({ workloads });
  return detection.cnis.map((cni) => ({
    id: `cni:${cni.name}:${cni.workload}`,
    tool: cni.name,
    category: "Network (CNI)",
    health: cni.enforcesPolicies ? "healthy" : "degraded",
    detail: cni.enforcesPolicies
      ? "Enforces NetworkPolicies."
      : `Does not enforce NetworkPolicies${detection.state === "enforced" ? ", but another engine beside it does" : `: default-deny policies have no effect (${describeCnis(detection)})`}.`,
    objects: [cni.workload.replace(/^DaemonSet\//, "DaemonSet ")],
    feeds: [feed(NETWORK_POLICIES_CHECK)],
  }));
}

function policySources(
  tool: string,
  id: string,
  part:
    | ServedCollected<{ kind: string; namespace: string | null; name: string; defaultDenyDirections: string[] }[]>
    | undefined,
): EvidenceSourceView[] {
  if (!part || part.isServed !== true) return [];
  const policies = part.data ?? [];
  const denying = policies.filter((policy) => policy.defaultDenyDirections.length > 0).length;
  return [
    {
      id: `policies:${id}`,
      tool,
      category: "Network policy",
      health: part.data === null || part.errors.length > 0 ? "unknown" : "healthy",
      detail:
        part.data === null
          ? "The policies could not be read."
          : `${policies.length} ${policies.length === 1 ? "policy" : "policies"}, ${denying} of them a default deny.`,
      objects: policies
        .slice(0, MAX_OBJECTS)
        .map((policy) => `${policy.kind} ${policy.namespace ? `${policy.namespace}/` : ""}${policy.name}`),
      feeds: [feed(NETWORK_POLICIES_CHECK)],
    },
  ];
}
