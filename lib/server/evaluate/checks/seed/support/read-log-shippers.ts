import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/** Log shippers recognised by DaemonSet name or image. */
const SHIPPER =
  /fluent|vector|promtail|alloy|filebeat|logstash|otel-?collector|opentelemetry-collector|splunk|datadog|cloudwatch-agent/;

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
  const shippers = workloads.data
    .filter((workload) => workload.kind === "DaemonSet")
    .filter(
      (workload) =>
        SHIPPER.test(workload.name) || workload.containers.some((container) => SHIPPER.test(container.image ?? "")),
    )
    .map((workload) => `${workload.namespace}/${workload.name}`);
  return {
    source,
    value: shippers,
    note:
      shippers.length > 0
        ? "informative: a log shipper runs on every node; whether it reads the audit log is not visible"
        : "informative: no log-shipping DaemonSet recognised",
  };
}
