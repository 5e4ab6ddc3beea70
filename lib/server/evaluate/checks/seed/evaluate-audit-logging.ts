import { AUDIT_LOGGING_CHECK } from "@/lib/catalog/checks/seed/audit-logging";
import type { TalosAuditPolicy } from "@/lib/server/collect/snapshot/talos-snapshot";
import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { findTalosNode } from "../cis/support/talos-node-config";
import { judgeApiServers, type SeedVerdict } from "./support/judge-api-servers";
import { auditLogReachEvidence, logShipperEvidence } from "./support/read-log-shippers";

const check = AUDIT_LOGGING_CHECK;

/** CIS 1.2.17–1.2.19: the least rotation that keeps a useful history on the node. */
const RETENTION = [
  { flag: "audit-log-maxage", minimum: 30, unit: "days" },
  { flag: "audit-log-maxbackup", minimum: 10, unit: "files" },
  { flag: "audit-log-maxsize", minimum: 100, unit: "MB" },
] as const;

/** Keys a rule may carry and still match every request. */
const CATCH_ALL_KEYS = new Set(["level", "omitStages", "omitManagedFields"]);

/**
 * Whether the policy logs anything: rules are matched in order and the first match decides, so the
 * policy logs nothing when no rule has a level other than None before a catch-all None rule.
 */
function logsSomething(policy: TalosAuditPolicy): boolean {
  const rules = Array.isArray(policy.policy?.rules)
    ? (policy.policy.rules as unknown[])
    : policy.ruleLevels.map((level) => ({ level }));
  for (const rule of rules) {
    if (typeof rule !== "object" || rule === null) continue;
    const level = (rule as Record<string, unknown>).level;
    if (level !== "None") return true;
    if (Object.keys(rule).every((key) => CATCH_ALL_KEYS.has(key))) return false;
  }
  return false;
}

/** Problems of the log backend's retention (empty = fine); the webhook backend keeps logs elsewhere. */
function retentionProblems(instance: ComponentInstance, logPath: string | undefined, hasWebhook: boolean): string[] {
  if (hasWebhook || logPath === undefined) return [];
  if (logPath === "-") return ["the log goes to the container's stdout, kept only as long as the container log"];
  return RETENTION.flatMap(({ flag, minimum, unit }) => {
    const value = flagValue(instance.flags, flag);
    if (value === undefined) return [`--${flag} is unset`];
    return Number(value) >= minimum ? [] : [`--${flag}=${value} is below ${minimum} ${unit}`];
  });
}

function judge(context: EvaluationContext, instance: ComponentInstance, shippers: EvidenceItem): SeedVerdict {
  const node = instance.node;
  const policyFile = flagValue(instance.flags, "audit-policy-file");
  const logPath = flagValue(instance.flags, "audit-log-path");
  const webhook = flagValue(instance.flags, "audit-webhook-config-file");
  const talos = context.platform === "talos" ? findTalosNode(context, node) : undefined;
  // The audit log file's path on the node, and which shippers there can read it (informative).
  const shipping =
    logPath !== undefined && logPath !== "-"
      ? [auditLogReachEvidence(context, { nodeName: talos?.kubernetesName ?? node, logPath }), shippers]
      : [shippers];
  const evidence: EvidenceItem[] = [
    { source: `${instance.source}.audit-policy-file`, value: policyFile ?? null },
    { source: `${instance.source}.audit-log-path`, value: logPath ?? null },
    ...(logPath !== undefined && logPath !== "-"
      ? RETENTION.map(({ flag }) => ({
          source: `${instance.source}.${flag}`,
          value: flagValue(instance.flags, flag) ?? null,
        }))
      : []),
    { source: `${instance.source}.audit-webhook-config-file`, value: webhook ?? null },
  ];
  if (policyFile === undefined) {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${node} has no audit policy, so nothing is audited.`,
      evidence: [...evidence, ...shipping],
    };
  }
  if (logPath === undefined && webhook === undefined) {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${node} has an audit policy but neither --audit-log-path nor --audit-webhook-config-file, so no audit event is written.`,
      evidence: [...evidence, ...shipping],
    };
  }
  const policy = talos?.auditPolicy.data ?? null;
  if (talos) {
    evidence.push({
      source: `talos.nodes[${talos.node}].auditPolicy.ruleLevels`,
      value: policy?.ruleLevels ?? null,
      note: policy ? undefined : (talos.auditPolicy.errors[0]?.message ?? "not read"),
    });
  }
  evidence.push(...shipping);
  if (policy && !logsSomething(policy)) {
    return {
      status: "FAIL",
      message: `The audit policy on ${node} logs nothing: every request matches a None rule.`,
      evidence,
    };
  }
  const problems = retentionProblems(instance, logPath, webhook !== undefined);
  if (!policy) {
    problems.unshift(
      talos
        ? "the audit policy needs os:admin to read, so its levels are not known"
        : `the audit policy ${policyFile} is not visible through the Kubernetes API, so its levels are not known`,
    );
  }
  if (problems.length > 0) {
    return {
      status: "WARN",
      message: `kube-apiserver on ${node} writes audit logs, but ${problems.join("; ")}.`,
      evidence,
    };
  }
  const backend = webhook !== undefined ? "to an audit webhook" : `to ${logPath} with rotation`;
  return {
    status: "PASS",
    message: `kube-apiserver on ${node} audits requests (${[...new Set(policy?.ruleLevels ?? [])].join(", ")}) ${backend}.`,
    evidence,
  };
}

/**
 * seed.audit-logging, per control-plane node: FAIL without --audit-policy-file, without a backend
 * (--audit-log-path or --audit-webhook-config-file), or with a visible policy that logs nothing
 * (only None rules before a catch-all); WARN when the policy is not visible (kubeadm file, Talos
 * without os:admin) or the log file's rotation is unset or below CIS (maxage 30, maxbackup 10,
 * maxsize 100) or it goes to stdout; PASS otherwise. Log-shipping DaemonSets (Fluent Bit, Fluentd,
 * Vector, …), and which of them mount the directory that holds the node's audit log file (Talos:
 * /var/log/audit/kube, from the flag), are informative evidence only. Managed → NOT_APPLICABLE (a provider setting), flags unreadable → UNKNOWN.
 */
export const auditLoggingEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const shipping = logShipperEvidence(context);
    return judgeApiServers({
      context,
      check,
      managedReason:
        "The provider runs the API server: its audit logging is a provider setting not visible from the cluster; enable and retain the control-plane audit logs in the provider's console.",
      judge: (instance) => judge(context, instance, shipping),
    });
  },
};
