import type { CheckEvaluator, CheckResult, EvaluationContext } from "../../evaluator-types";
import { POD_RULES, type PodRule } from "./rules/pod-rules";
import {
  capList,
  cisCheck,
  CLUSTER,
  describeList,
  errorEvidence,
  namespaceSubject,
  toResult,
  unreadable,
} from "./support/cis-verdict";

/** Namespaces of Kubernetes and its add-ons, where host access is often the job (CNI, kube-proxy). */
export const SYSTEM_NAMESPACES = new Set(["kube-system", "kube-public", "kube-node-lease"]);

/**
 * A CIS 5.2 "minimize the admission of …" check (Manual) from the running pods, per namespace:
 * offending pods in an application namespace are a FAIL; in a system namespace a WARN (platform
 * components often need host access: review). No offender → one WARN for the cluster (CIS leaves
 * the admission policy to review); pods not fully listed → UNKNOWN instead (no conclusion from absence).
 */
function buildPodCheck(rule: PodRule): CheckEvaluator {
  const check = cisCheck(rule.cisId);
  return {
    check,
    evaluate: (context: EvaluationContext): CheckResult[] => {
      const { pods } = context.snapshot.kubernetes;
      if (!pods.data) return [toResult({ check, subject: CLUSTER, verdict: unreadable("The pods", pods.errors) })];
      const offenders = new Map<string, string[]>();
      for (const pod of pods.data) {
        const offences = rule.offences(pod);
        if (offences.length === 0) continue;
        offenders.set(pod.namespace, [...(offenders.get(pod.namespace) ?? []), `${pod.name} (${offences.join(", ")})`]);
      }
      const results = [...offenders]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([namespace, found]) => {
          const { items, more } = capList(found);
          const isSystem = SYSTEM_NAMESPACES.has(namespace);
          const evidence = [
            { source: `kubernetes.pods[${namespace}/*]`, value: items, note: more > 0 ? `${more} more` : rule.what },
          ];
          return toResult({
            check,
            subject: namespaceSubject(namespace),
            manualViolation: "FAIL",
            verdict: isSystem
              ? {
                  state: "review",
                  message: `${found.length} pod(s) in system namespace ${namespace} use ${rule.what}: review that each needs it (${describeList(found, 3)}).`,
                  evidence,
                }
              : {
                  state: "violated",
                  message: `${found.length} pod(s) in ${namespace} use ${rule.what}: ${describeList(found, 3)}.`,
                  evidence,
                },
          });
        });
      if (pods.errors.length > 0) {
        results.push(
          toResult({
            check,
            subject: CLUSTER,
            verdict: {
              state: "unknown",
              message: "Some pods could not be listed.",
              evidence: errorEvidence(pods.errors),
            },
          }),
        );
      } else if (!results.some((result) => result.status === "FAIL")) {
        results.push(
          toResult({
            check,
            subject: CLUSTER,
            verdict: {
              state: "compliant",
              message: `No pod outside the system namespaces uses ${rule.what}.`,
              evidence: [
                { source: "kubernetes.pods", value: pods.data.length, note: "pods examined (all containers)" },
              ],
            },
          }),
        );
      }
      return results;
    },
  };
}

export const POD_SECURITY_EVALUATORS: CheckEvaluator[] = POD_RULES.map(buildPodCheck);
