import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";
import { findTalosNode } from "./support/talos-node-config";

const check = cisCheck("3.2.2");

function judge(context: EvaluationContext, instance: ComponentInstance): Verdict {
  const file = flagValue(instance.flags, "audit-policy-file");
  const fileEvidence: EvidenceItem = { source: `${instance.source}.audit-policy-file`, value: file ?? null };
  if (file === undefined) {
    return {
      state: "violated",
      message: `kube-apiserver on ${instance.node} has no audit policy: nothing is audited.`,
      evidence: [fileEvidence],
    };
  }
  const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
  const policy = talos?.auditPolicy.data;
  if (talos && policy) {
    const evidence: EvidenceItem[] = [
      fileEvidence,
      { source: `talos.nodes[${talos.node}].auditPolicy.ruleLevels`, value: policy.ruleLevels },
    ];
    if (policy.ruleLevels.length === 0 || policy.ruleLevels.every((level) => level === "None")) {
      return {
        state: "violated",
        message: `The audit policy on ${instance.node} logs nothing (every rule is None).`,
        evidence,
      };
    }
    return {
      state: "review",
      message: `The audit policy on ${instance.node} has ${policy.ruleLevels.length} rule(s) (${[...new Set(policy.ruleLevels)].join(", ")}): review that it covers Secrets (Metadata only), RBAC changes and exec/attach.`,
      evidence,
    };
  }
  const unreadable = talos
    ? [
        {
          source: `talos.nodes[${talos.node}].auditPolicy`,
          value: null,
          note: talos.auditPolicy.errors[0]?.message ?? "not read",
        },
      ]
    : [];
  return {
    state: "review",
    message: talos
      ? `The audit policy on ${instance.node} needs os:admin to read (Talos' default is one Metadata rule for every request): review it.`
      : `The audit policy ${file} on ${instance.node} is not visible through the API: review what it covers.`,
    evidence: [fileEvidence, ...unreadable],
  };
}

/** CIS 3.2.2 (Manual): the audit policy covers key security concerns. FAIL only when nothing is audited. */
export const auditPolicyCoverageEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "kube-apiserver",
      manualViolation: "FAIL",
      judge: (instance) => judge(context, instance),
    }),
};
