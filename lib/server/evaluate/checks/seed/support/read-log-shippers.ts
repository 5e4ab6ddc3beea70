import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { flagValue, readControlPlaneFlags } from "@/lib/server/evaluate/read-control-plane-flags";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { findTalosNode } from "../../cis/support/talos-node-config";

/** Log shippers recognised by DaemonSet name or image. */
const SHIPPER =
  /fluent|vector|promtail|alloy|filebeat|logstash|otel-?collector|opentelemetry-collector|splunk|datadog|cloudwatch-agent/;

/** A DaemonSet that looks like a log shipper, by its name or an image. */
export function isLogShipper(workload: KubeWorkload): boolean {
  return (
    workload.kind === "DaemonSet" &&
    (SHIPPER.test(workload.name) || workload.containers.some((container) => SHIPPER.test(container.image ?? "")))
  );
}

/** Whether a host directory holds `file` (the directory itself or one above it). */
function holds(directory: string, file: string): boolean {
  const prefix = directory.replace(/\/+$/, "");
  return prefix === "" || file.startsWith(`${prefix}/`);
}

/**
 * The audit log file of each kube-apiserver whose flags are readable (`--audit-log-path`, not
 * stdout), with the Kubernetes name of its node (Talos nodes are mapped from their `node` value).
 */
export function listAuditLogFiles(
  context: Pick<EvaluationContext, "snapshot" | "platform">,
): { nodeName: string; logPath: string }[] {
  const flags = readControlPlaneFlags(context, "kube-apiserver");
  if (flags.state !== "known") return [];
  return flags.instances.flatMap((instance) => {
    const logPath = flagValue(instance.flags, "audit-log-path");
    if (logPath === undefined || logPath === "-") return [];
    const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
    return [{ nodeName: talos?.kubernetesName ?? instance.node, logPath }];
  });
}

/**
 * The log shippers (`namespace/name` of their DaemonSets) with a pod on the node, and those of them
 * whose pod there mounts a host directory holding `logPath`; null when the workloads or pods are unread.
 */
export function findAuditLogReaders(
  { snapshot }: Pick<EvaluationContext, "snapshot">,
  { nodeName, logPath }: { nodeName: string; logPath: string },
): { onNode: string[]; reading: { shipper: string; hostPath: string }[] } | null {
  const { workloads, pods } = snapshot.kubernetes;
  if (!workloads.data || !pods.data) return null;
  const shippers = new Set(
    workloads.data.filter(isLogShipper).map((workload) => `${workload.namespace}/${workload.name}`),
  );
  const onNode = pods.data.flatMap((pod) => {
    const shipper = `${pod.namespace}/${pod.owner?.name ?? ""}`;
    return pod.nodeName === nodeName && pod.owner?.kind === "DaemonSet" && shippers.has(shipper)
      ? [{ pod, shipper }]
      : [];
  });
  return {
    onNode: [...new Set(onNode.map(({ shipper }) => shipper))],
    reading: onNode.flatMap(({ pod, shipper }) =>
      pod.volumes.flatMap((volume) =>
        volume.hostPath && holds(volume.hostPath.path, logPath) ? [{ shipper, hostPath: volume.hostPath.path }] : [],
      ),
    ),
  };
}

/**
 * Informative evidence for one control-plane node: which log shippers' pods on that node mount a
 * host directory holding the API server's audit log (`--audit-log-path`; Talos writes
 * /var/log/audit/kube/kube-apiserver.log), so they can read it. Whether their configuration does
 * ship it is not visible from the cluster, so this never decides a status either.
 */
export function auditLogReachEvidence(
  context: Pick<EvaluationContext, "snapshot">,
  { nodeName, logPath }: { nodeName: string; logPath: string },
): EvidenceItem {
  const source = `kubernetes.pods[log shipper on ${nodeName}].volumes.hostPath`;
  const readers = findAuditLogReaders(context, { nodeName, logPath });
  if (!readers) return { source, value: null, note: "the workloads or pods could not be read" };
  const value = {
    auditLogPath: logPath,
    readableBy: [...new Set(readers.reading.map(({ shipper, hostPath }) => `${shipper} (hostPath ${hostPath})`))],
  };
  if (readers.onNode.length === 0) {
    return {
      source,
      value,
      note: `informative: no log shipper runs on ${nodeName}, so its audit log stays on the node`,
    };
  }
  return {
    source,
    value,
    note:
      readers.reading.length > 0
        ? "informative: these shippers mount the directory that holds the audit log, so they can read it; whether they ship it is their configuration's, not visible"
        : `informative: the log shippers on ${nodeName} mount no host directory that holds the audit log`,
  };
}

/**
 * Informative evidence for audit logging: DaemonSets that look like log shippers (by name or image).
 * Their presence does not prove that audit logs are shipped, so it never decides a status.
 */
export function logShipperEvidence({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem {
  const { workloads } = snapshot.kubernetes;
  const source = "kubernetes.workloads[DaemonSet, log shipper]";
  if (!workloads.data) {
    return { source, value: null, note: workloads.errors[0]?.message ?? "the workloads could not be read" };
  }
  const shippers = workloads.data.filter(isLogShipper).map((workload) => `${workload.namespace}/${workload.name}`);
  return {
    source,
    value: shippers,
    note:
      shippers.length > 0
        ? "informative: a log shipper runs on every node; whether it reads the audit log is not visible"
        : "informative: no log-shipping DaemonSet recognised",
  };
}
