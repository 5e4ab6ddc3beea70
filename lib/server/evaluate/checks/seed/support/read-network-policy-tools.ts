import type { ToolNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { errorEvidence } from "../../cis/support/cis-verdict";

export interface NetworkPolicyTools {
  /** Cilium and Calico policies as read (empty when neither is installed). */
  policies: ToolNetworkPolicy[];
  /** False when a served tool's list failed or is cut off: a default deny may be among the missing. */
  isComplete: boolean;
  /** Tool policies, Kyverno generate rules and list errors, for every namespace finding. */
  evidence: EvidenceItem[];
}

/** The CNI-specific policies and Kyverno `generate` rules that create NetworkPolicies. */
export function readNetworkPolicyTools({ snapshot }: Pick<EvaluationContext, "snapshot">): NetworkPolicyTools {
  const { ciliumPolicies, calicoPolicies, kyvernoPolicies } = snapshot.kubernetes;
  const parts = [ciliumPolicies, calicoPolicies].filter((part) => part !== undefined && part.isServed !== false);
  const policies = parts.flatMap((part) => part?.data ?? []);
  const errors = parts.flatMap((part) => part?.errors ?? []);
  const isComplete = parts.every((part) => part?.data !== null) && errors.length === 0;
  const evidence: EvidenceItem[] = [];
  if (parts.length > 0) {
    evidence.push({
      source: "kubernetes.ciliumPolicies+calicoPolicies",
      value: policies.map((policy) => ({
        kind: policy.kind,
        namespace: policy.namespace,
        name: policy.name,
        defaultDeny: policy.defaultDenyDirections,
      })),
      note: "CNI-specific policies (cilium.io, crd.projectcalico.org); cluster-wide ones apply to every namespace",
    });
  }
  const generators = (kyvernoPolicies.data ?? []).flatMap((policy) =>
    policy.rules
      .filter((rule) => rule.generate?.kind === "NetworkPolicy")
      .map((rule) => ({
        policy: `${policy.kind}/${policy.namespace ? `${policy.namespace}/` : ""}${policy.name}`,
        rule: rule.name,
        synchronize: rule.generate?.synchronize ?? null,
        generateExisting: rule.generate?.generateExisting ?? null,
      })),
  );
  if (generators.length > 0) {
    evidence.push({
      source: "kubernetes.kyvernoPolicies[generate NetworkPolicy]",
      value: generators,
      note: "Kyverno generates NetworkPolicies (e.g. a default deny in every new namespace); what it generated is counted above",
    });
  }
  return { policies, isComplete, evidence: [...evidence, ...errorEvidence(errors)] };
}

/** Names of tool policies that deny ingress / egress by default in `namespace` (cluster-wide ones included). */
export function toolDenialsIn(tools: NetworkPolicyTools, namespace: string): { ingress: string[]; egress: string[] } {
  const applying = tools.policies.filter(
    (policy) => policy.selectsAll && (policy.namespace === null || policy.namespace === namespace),
  );
  const named = (direction: "Ingress" | "Egress") =>
    applying
      .filter((policy) => policy.defaultDenyDirections.includes(direction))
      .map((policy) => `${policy.kind} ${policy.namespace === null ? "" : `${policy.namespace}/`}${policy.name}`);
  return { ingress: named("Ingress"), egress: named("Egress") };
}
