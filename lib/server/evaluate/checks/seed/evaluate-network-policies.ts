import { NETWORK_POLICIES_CHECK } from "@/lib/catalog/checks/seed/network-policies";
import type { KubeNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { errorEvidence } from "../cis/support/cis-verdict";
import { cniEvidence, describeCnis, detectCni, type CniDetection } from "./support/detect-cni";
import { clusterResult, type SeedVerdict } from "./support/judge-api-servers";
import { readNetworkPolicyTools, toolDenialsIn, type NetworkPolicyTools } from "./support/read-network-policy-tools";
import { isSystemNamespace, SYSTEM_NAMESPACE_NOTE } from "./support/system-namespaces";

const check = NETWORK_POLICIES_CHECK;

function describePolicy(policy: KubeNetworkPolicy): string {
  const selector = policy.isPodSelectorEmpty ? "all pods" : "some pods";
  return `${policy.name} (${selector}; ${policy.policyTypes.join("+") || "no types"}; ${policy.ingressRuleCount} ingress / ${policy.egressRuleCount} egress rules)`;
}

/** Namespaces that run at least one pod or workload; null when pods or workloads are not completely known. */
function occupiedNamespaces({ snapshot }: Pick<EvaluationContext, "snapshot">): Set<string> | null {
  const { pods, workloads } = snapshot.kubernetes;
  if (!pods.data || !workloads.data || pods.errors.length > 0 || workloads.errors.length > 0) return null;
  return new Set([...pods.data, ...workloads.data].map((item) => item.namespace));
}

interface JudgeOptions {
  isListComplete: boolean;
  occupied: Set<string> | null;
  cni: CniDetection;
  tools: NetworkPolicyTools;
}

/** A namespace's verdict, then the CNI's and the tools' say: policies a CNI ignores turn a PASS into a WARN. */
function judgeNamespace(name: string, policies: KubeNetworkPolicy[], options: JudgeOptions): SeedVerdict {
  const verdict = judgePolicies(name, policies, options);
  const evidence = [...verdict.evidence, cniEvidence(options.cni), ...options.tools.evidence];
  if (verdict.status === "PASS" && options.cni.state === "not-enforced") {
    return {
      status: "WARN",
      message: `${verdict.message.slice(0, -1)}, but the CNI ${describeCnis(options.cni)} does not enforce NetworkPolicies, so they have no effect.`,
      evidence,
    };
  }
  return { ...verdict, evidence };
}

function judgePolicies(
  name: string,
  policies: KubeNetworkPolicy[],
  { isListComplete, occupied, tools }: JudgeOptions,
): SeedVerdict {
  const path = `kubernetes.networkPolicies[${name}/*]`;
  if (isSystemNamespace(name)) {
    return {
      status: "NOT_APPLICABLE",
      message: `${name} is a Kubernetes system namespace whose components run on the host network; it is not judged.`,
      evidence: [
        { source: `kubernetes.namespaces[${name}]`, value: name, note: SYSTEM_NAMESPACE_NOTE },
        { source: path, value: policies.map(describePolicy) },
      ],
    };
  }
  const toolDenials = toolDenialsIn(tools, name);
  const denyIngress = [
    ...policies.filter((policy) => policy.isDefaultDenyIngress).map((policy) => policy.name),
    ...toolDenials.ingress,
  ];
  const denyEgress = [
    ...policies.filter((policy) => policy.isDefaultDenyEgress).map((policy) => policy.name),
    ...toolDenials.egress,
  ];
  const evidence: EvidenceItem[] = [
    { source: path, value: policies.map(describePolicy) },
    {
      source: `${path}.isDefaultDenyIngress`,
      value: denyIngress,
      note: "empty podSelector, Ingress in policyTypes, no ingress rule",
    },
    {
      source: `${path}.isDefaultDenyEgress`,
      value: denyEgress,
      note: "empty podSelector, Egress in policyTypes, no egress rule",
    },
  ];
  if (denyIngress.length > 0 && denyEgress.length > 0) {
    const names = [...new Set([...denyIngress, ...denyEgress])].join(", ");
    return {
      status: "PASS",
      message: `Namespace ${name} denies ingress and egress by default (${names}).`,
      evidence: [
        ...evidence,
        {
          source: `${path}.rules`,
          value: null,
          note: "rule contents are not collected: an allow-all rule in another policy would not be seen",
        },
      ],
    };
  }
  if (!isListComplete || !tools.isComplete) {
    return {
      status: "UNKNOWN",
      message: `The NetworkPolicies of ${name} could not all be listed, so a default-deny policy may be among the missing ones.`,
      evidence,
    };
  }
  if (occupied && !occupied.has(name)) {
    return {
      status: "NOT_APPLICABLE",
      message: `Namespace ${name} runs no pods, so there is nothing to isolate yet; add a default-deny policy before deploying to it.`,
      evidence: [...evidence, { source: `kubernetes.pods[${name}/*]`, value: [], note: "no pods and no workloads" }],
    };
  }
  const missing =
    denyIngress.length === 0 && denyEgress.length === 0
      ? "ingress and egress"
      : denyIngress.length === 0
        ? "ingress"
        : "egress";
  return {
    status: "FAIL",
    message: `Namespace ${name} has no default-deny NetworkPolicy for ${missing}, so that traffic is allowed by default.`,
    evidence,
  };
}

/**
 * seed.network-policies, one finding per namespace: PASS when NetworkPolicies with an empty pod
 * selector and no rules deny both ingress and egress by default (one policy or two); FAIL when
 * either direction lacks one; NOT_APPLICABLE for kube-* system namespaces (host-network components)
 * and for namespaces without pods or workloads (nothing to isolate yet); UNKNOWN when the policy
 * list is incomplete and no default-deny was found, or when namespaces or policies could not be
 * listed at all. Allow rules are only counted (the snapshot keeps no rule contents).
 * Ecosystem evidence: Cilium and Calico policies that select every endpoint and deny a direction
 * count like default-deny NetworkPolicies (cluster-wide ones for every namespace); a Kyverno
 * `generate` rule creating NetworkPolicies is shown as evidence; and when the only CNIs found
 * ignore NetworkPolicies (Flannel alone, the VPC CNI without its policy agent) a PASS becomes WARN.
 */
export const networkPoliciesEvaluator: CheckEvaluator = {
  check,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const { namespaces, networkPolicies } = context.snapshot.kubernetes;
    if (!namespaces.data || !networkPolicies.data) {
      const what = !namespaces.data ? "namespaces" : "NetworkPolicies";
      const errors = !namespaces.data ? namespaces.errors : networkPolicies.errors;
      return [
        clusterResult(check, {
          status: "UNKNOWN",
          message: `The ${what} could not be listed, so default-deny coverage is unknown.`,
          evidence: errorEvidence(errors),
        }),
      ];
    }
    const policies = networkPolicies.data;
    const { workloads } = context.snapshot.kubernetes;
    const options: JudgeOptions = {
      isListComplete: networkPolicies.errors.length === 0,
      occupied: occupiedNamespaces(context),
      cni: detectCni({ workloads: workloads.data }),
      tools: readNetworkPolicyTools(context),
    };
    const results: CheckResult[] = namespaces.data.map((namespace) => ({
      checkId: check.id,
      subject: { kind: "namespace", name: namespace.name },
      ...judgeNamespace(
        namespace.name,
        policies.filter((policy) => policy.namespace === namespace.name),
        options,
      ),
    }));
    if (namespaces.errors.length > 0 || networkPolicies.errors.length > 0) {
      results.push(
        clusterResult(check, {
          status: "UNKNOWN",
          message: "Some namespaces or NetworkPolicies could not be listed; findings for them may be missing.",
          evidence: errorEvidence([...namespaces.errors, ...networkPolicies.errors]),
        }),
      );
    }
    return results;
  },
};
