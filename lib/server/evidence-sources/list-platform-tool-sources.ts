import { AUDIT_LOGGING_CHECK } from "@/lib/catalog/checks/seed/audit-logging";
import { IMAGE_POLICY_CHECK } from "@/lib/catalog/checks/seed/image-policy";
import { IMMUTABILITY_CHECK } from "@/lib/catalog/checks/seed/immutability";
import { NETWORK_POLICIES_CHECK } from "@/lib/catalog/checks/seed/network-policies";
import { POD_SECURITY_CHECK } from "@/lib/catalog/checks/seed/pod-security";
import { SECRETS_ENCRYPTION_CHECK } from "@/lib/catalog/checks/seed/secrets-encryption";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { describeGitOps } from "@/lib/server/evaluate/checks/seed/support/gitops-evidence";
import {
  STALE_REPORT_HOURS,
  summarizeScans,
} from "@/lib/server/evaluate/checks/seed/support/vulnerability-report-evidence";
import {
  readCriticalCveGates,
  type CveGateReading,
} from "@/lib/server/evaluate/checks/seed/support/critical-cve-gates";
import { isFalcoDaemonSet, judgeFalcoCoverage } from "@/lib/server/evaluate/checks/seed/support/judge-falco-coverage";
import { findAuditLogReaders, listAuditLogFiles } from "@/lib/server/evaluate/checks/seed/support/read-log-shippers";
import type { EvaluationContext } from "@/lib/server/evaluate/evaluator-types";
import type { EvidenceSourceView } from "@/lib/shared/evidence-source-view";
import { feed, healthOf, MAX_OBJECTS } from "./evidence-source-helpers";

// The tools beside backup and networking: admission policy engines, runtime detection, secret
// management, GitOps and log shippers (see list-evidence-sources.ts).

/** Log shippers by DaemonSet name or image, with the name shown for each. */
const SHIPPERS: readonly { tool: string; pattern: RegExp }[] = [
  { tool: "Fluent Bit", pattern: /fluent-?bit/ },
  { tool: "Fluentd", pattern: /fluentd/ },
  { tool: "Vector", pattern: /\bvector\b/ },
  { tool: "Promtail", pattern: /promtail/ },
  { tool: "Grafana Alloy", pattern: /\balloy\b/ },
  { tool: "Filebeat", pattern: /filebeat/ },
  { tool: "OpenTelemetry Collector", pattern: /otel-?collector|opentelemetry-collector/ },
];

export function admissionSources(snapshot: StoredSnapshot): EvidenceSourceView[] {
  const { kyvernoPolicies, clusterImagePolicies, gatekeeperConstraints } = snapshot.kubernetes;
  const sources: EvidenceSourceView[] = [];
  if (kyvernoPolicies.isServed === true) {
    const policies = kyvernoPolicies.data ?? [];
    const verifying = policies.filter((policy) => policy.rules.some((rule) => rule.verifyImages.length > 0));
    const generating = policies.filter((policy) =>
      policy.rules.some((rule) => rule.generate?.kind === "NetworkPolicy"),
    );
    const enforcing = policies.filter((policy) => /^enforce$/i.test(policy.validationFailureAction ?? "")).length;
    sources.push({
      id: "kyverno",
      tool: "Kyverno",
      category: "Admission policy",
      health: kyvernoPolicies.data === null ? "unknown" : enforcing > 0 ? "healthy" : "degraded",
      detail: `${policies.length} policies (${enforcing} enforcing, ${verifying.length} verifying images, ${generating.length} generating NetworkPolicies)${enforcing === 0 ? "; none enforces, so violations are only reported" : ""}.`,
      objects: policies.slice(0, MAX_OBJECTS).map((policy) => `${policy.kind} ${policy.name}`),
      feeds: [
        ...(verifying.length > 0 ? [feed(IMAGE_POLICY_CHECK)] : []),
        ...(generating.length > 0 ? [feed(NETWORK_POLICIES_CHECK)] : []),
      ],
    });
  }
  if (clusterImagePolicies.isServed === true) {
    const policies = clusterImagePolicies.data ?? [];
    sources.push({
      id: "sigstore",
      tool: "Sigstore policy-controller",
      category: "Admission policy",
      health: clusterImagePolicies.data === null ? "unknown" : policies.length > 0 ? "healthy" : "degraded",
      detail: `${policies.length} ClusterImagePolicies (${policies.filter((policy) => policy.mode === "enforce").length} enforcing).`,
      objects: policies.slice(0, MAX_OBJECTS).map((policy) => `ClusterImagePolicy ${policy.name}`),
      feeds: [feed(IMAGE_POLICY_CHECK)],
    });
  }
  if (gatekeeperConstraints.isServed === true) {
    const constraints = gatekeeperConstraints.data ?? [];
    sources.push({
      id: "gatekeeper",
      tool: "Gatekeeper",
      category: "Admission policy",
      health: gatekeeperConstraints.data === null ? "unknown" : "healthy",
      detail: `${constraints.length} constraints (${constraints.filter((constraint) => constraint.enforcementAction === "deny").length} denying).`,
      objects: constraints.slice(0, MAX_OBJECTS).map((constraint) => `${constraint.kind} ${constraint.name}`),
      feeds: [feed(IMAGE_POLICY_CHECK)],
    });
  }
  return sources;
}

export function runtimeSources(context: EvaluationContext): EvidenceSourceView[] {
  const verdict = judgeFalcoCoverage(context);
  const falco = (context.snapshot.kubernetes.workloads.data ?? []).find(isFalcoDaemonSet);
  if (!verdict || !falco) return [];
  return [
    {
      id: "falco",
      tool: "Falco",
      category: "Runtime detection",
      health: healthOf(verdict.status),
      detail: verdict.message,
      objects: [`DaemonSet ${falco.namespace}/${falco.name}`],
      feeds: [feed(POD_SECURITY_CHECK)],
    },
  ];
}

export function secretSources(snapshot: StoredSnapshot): EvidenceSourceView[] {
  const { externalSecrets, secretStores, sealedSecrets } = snapshot.kubernetes;
  const sources: EvidenceSourceView[] = [];
  if (externalSecrets?.isServed === true) {
    const secrets = externalSecrets.data ?? [];
    const stores = secretStores?.data ?? [];
    const failing = secrets.filter((secret) => secret.isReady === false);
    sources.push({
      id: "external-secrets",
      tool: "External Secrets Operator",
      category: "Secrets",
      health: externalSecrets.data === null ? "unknown" : failing.length > 0 ? "degraded" : "healthy",
      detail: `${secrets.length} ExternalSecrets from ${stores.length} ${stores.length === 1 ? "store" : "stores"}${
        failing.length > 0
          ? `; ${failing.length} not synced (${failing
              .slice(0, 3)
              .map((secret) => `${secret.namespace}/${secret.name}: ${secret.reason ?? "not ready"}`)
              .join(", ")})`
          : ", all synced"
      }.`,
      objects: stores
        .slice(0, MAX_OBJECTS)
        .map(
          (store) =>
            `${store.kind} ${store.namespace ? `${store.namespace}/` : ""}${store.name} (${store.provider ?? "?"})`,
        ),
      feeds: [feed(SECRETS_ENCRYPTION_CHECK)],
    });
  }
  if (sealedSecrets?.isServed === true) {
    sources.push({
      id: "sealed-secrets",
      tool: "Sealed Secrets",
      category: "Secrets",
      health: sealedSecrets.data === null ? "unknown" : "healthy",
      detail: `${sealedSecrets.data?.length ?? "?"} SealedSecrets (read as metadata only).`,
      objects: (sealedSecrets.data ?? [])
        .slice(0, MAX_OBJECTS)
        .map((secret) => `SealedSecret ${secret.namespace}/${secret.name}`),
      feeds: [feed(SECRETS_ENCRYPTION_CHECK)],
    });
  }
  return sources;
}

export function gitOpsSources(snapshot: StoredSnapshot): EvidenceSourceView[] {
  const part = snapshot.kubernetes.gitOpsApplications;
  if (!part || part.isServed !== true) return [];
  const applications = part.data ?? [];
  const { tool, selfHealing, notReady } = describeGitOps(applications);
  const counts = new Map<string, number>();
  for (const application of applications) counts.set(application.kind, (counts.get(application.kind) ?? 0) + 1);
  const kinds =
    [...counts].map(([kind, count]) => `${count} ${kind}${count === 1 ? "" : "s"}`).join(", ") || "0 applications";
  return [
    {
      id: "gitops",
      tool: applications.length > 0 ? tool : "GitOps (Argo CD or Flux)",
      category: "GitOps",
      health: part.data === null ? "unknown" : notReady.length > 0 ? "degraded" : "healthy",
      detail: `${kinds}, ${selfHealing} reverting drift${
        notReady.length > 0
          ? `; not in sync or not ready: ${notReady
              .slice(0, 3)
              .map((application) => `${application.namespace}/${application.name}`)
              .join(", ")}`
          : ""
      }.`,
      objects: applications
        .slice(0, MAX_OBJECTS)
        .map((application) => `${application.kind} ${application.namespace}/${application.name}`),
      feeds: [feed(IMMUTABILITY_CHECK)],
    },
  ];
}

/**
 * Log shippers by DaemonSet, with their node coverage and on how many control planes they mount the
 * directory that holds the API server's audit log file (as the audit check's evidence reads it).
 */
export function shipperSources(context: EvaluationContext): EvidenceSourceView[] {
  const auditLogs = listAuditLogFiles(context);
  const readers = auditLogs.map((file) => findAuditLogReaders(context, file));
  return (context.snapshot.kubernetes.workloads.data ?? []).flatMap((workload): EvidenceSourceView[] => {
    if (workload.kind !== "DaemonSet") return [];
    const texts = [workload.name, ...workload.containers.map((container) => container.image ?? "")];
    const shipper = SHIPPERS.find((candidate) => texts.some((text) => candidate.pattern.test(text)));
    if (!shipper) return [];
    const desired = workload.daemonSet?.desiredNumberScheduled ?? null;
    const ready = workload.daemonSet?.numberReady ?? null;
    const coverage = desired === null || ready === null ? null : `${ready} of ${desired} nodes ready`;
    const id = `${workload.namespace}/${workload.name}`;
    const reachable = readers.filter((reader) => reader?.reading.some((entry) => entry.shipper === id)).length;
    const paths = [...new Set(auditLogs.map((file) => file.logPath))].join(", ");
    const audit =
      auditLogs.length === 0
        ? "whether it ships the API server's audit log is not visible from the cluster"
        : `it can read the API server's audit log (${paths}) on ${reachable} of ${auditLogs.length} control planes; whether it ships it is not visible from the cluster`;
    return [
      {
        id: `shipper:${workload.namespace}/${workload.name}`,
        tool: shipper.tool,
        category: "Log shipping",
        health: desired === null || ready === null ? "unknown" : ready >= desired ? "healthy" : "degraded",
        detail: `${coverage ? `${coverage}; ` : ""}${audit}.`,
        objects: [`DaemonSet ${workload.namespace}/${workload.name}`],
        feeds: [feed(AUDIT_LOGGING_CHECK)],
      },
    ];
  });
}

/** Trivy Operator's reports, and whether admission acts on them (a scan-only setup is named). */
export function scanSources(context: EvaluationContext): EvidenceSourceView[] {
  const { snapshot, now } = context;
  const part = snapshot.kubernetes.vulnerabilityReports;
  if (!part || part.isServed !== true) return [];
  const summary = summarizeScans(part.data ?? [], now);
  const isStale = summary.oldestHours !== null && summary.oldestHours > STALE_REPORT_HOURS;
  return [
    {
      id: "trivy-operator",
      tool: "Trivy Operator",
      category: "Image scanning",
      health: part.data === null ? "unknown" : isStale ? "degraded" : "healthy",
      detail: `${summary.reports} VulnerabilityReports: ${summary.critical} critical and ${summary.high} high findings${
        summary.withCritical.length > 0 ? ` (${summary.withCritical.slice(0, 2).join("; ")})` : ""
      }${summary.oldestHours !== null ? `; oldest scan ${summary.oldestHours} h ago${isStale ? " (stale)" : ""}` : ""}. ${describeCveGates(readCriticalCveGates(context))}`,
      objects: summary.withCritical.slice(0, MAX_OBJECTS),
      feeds: [feed(IMAGE_POLICY_CHECK)],
    },
  ];
}

function describeCveGates(cves: CveGateReading): string {
  if (cves.state === "enforced") return `Admission rejects critical CVEs (${cves.gates.join(", ")}).`;
  if (cves.state === "audited")
    return `A policy judges critical CVEs but does not reject them (${cves.gates.join(", ")}).`;
  return "Scan only: no admission policy rejects images with critical CVEs.";
}
