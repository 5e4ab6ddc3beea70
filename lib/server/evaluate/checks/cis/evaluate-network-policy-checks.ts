import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { SYSTEM_NAMESPACES } from "./evaluate-pod-security-checks";
import {
  cisCheck,
  CLUSTER,
  describeList,
  namespaceSubject,
  toResult,
  unreadable,
  type Verdict,
} from "./support/cis-verdict";

const cniCheck = cisCheck("5.3.1");
const coverageCheck = cisCheck("5.3.2");

/** CNIs (and add-ons) that enforce NetworkPolicies, and ones that do not, by DaemonSet name or image. */
const ENFORCING = /calico|cilium|antrea|kube-router|weave|canal|kube-ovn|azure-npm|network-policy-agent|anetd/;
const NON_ENFORCING = /flannel|aws-node|amazon-k8s-cni|azure-cns|azure-vnet/;

/**
 * CIS 5.3.1 (Manual): the CNI enforces NetworkPolicies. Recognised from the DaemonSets: a policy
 * engine → WARN (confirm); only CNIs that ignore NetworkPolicies (Flannel, the plain VPC CNI) →
 * FAIL, since the cluster's policies silently do nothing; nothing recognised → WARN for review.
 */
export const cniPolicySupportEvaluator: CheckEvaluator = {
  check: cniCheck,
  evaluate: (context: EvaluationContext) => {
    const { workloads, networkPolicies } = context.snapshot.kubernetes;
    if (!workloads.data)
      return [toResult({ check: cniCheck, subject: CLUSTER, verdict: unreadable("The workloads", workloads.errors) })];
    const daemonSets = workloads.data.filter((workload) => workload.kind === "DaemonSet");
    const matching = (pattern: RegExp) =>
      daemonSets
        .filter(
          (ds) =>
            pattern.test(ds.name) || ds.containers.some((c) => pattern.test(c.image ?? "") || pattern.test(c.name)),
        )
        .map((ds) => `${ds.namespace}/${ds.name}`);
    const enforcing = matching(ENFORCING);
    const ignoring = matching(NON_ENFORCING).filter((name) => !enforcing.includes(name));
    const evidence: EvidenceItem[] = [
      { source: "kubernetes.workloads[DaemonSet, policy engine]", value: enforcing },
      { source: "kubernetes.workloads[DaemonSet, CNI without policy]", value: ignoring },
      { source: "kubernetes.networkPolicies", value: networkPolicies.data?.length ?? null },
    ];
    let verdict: Verdict;
    if (enforcing.length > 0) {
      verdict = {
        state: "compliant",
        message: `NetworkPolicies are enforced by ${describeList(enforcing)}.`,
        evidence,
      };
    } else if (ignoring.length > 0) {
      verdict = {
        state: "violated",
        message: `The CNI (${describeList(ignoring)}) does not enforce NetworkPolicies and no policy engine runs beside it${
          (networkPolicies.data?.length ?? 0) > 0
            ? `: the cluster's ${networkPolicies.data?.length} NetworkPolicies have no effect`
            : ""
        }.`,
        evidence,
      };
    } else {
      verdict = {
        state: "review",
        message: "The CNI could not be recognised from its DaemonSets: confirm that it enforces NetworkPolicies.",
        evidence,
      };
    }
    return [toResult({ check: cniCheck, subject: CLUSTER, verdict, manualViolation: "FAIL" })];
  },
};

/**
 * CIS 5.3.2 (Manual): every namespace has a NetworkPolicy. An application namespace without one is
 * a FAIL; a system namespace without one a WARN (review); covered namespaces are summed up in one
 * WARN for the cluster.
 */
export const namespaceNetworkPolicyEvaluator: CheckEvaluator = {
  check: coverageCheck,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const { namespaces, networkPolicies } = context.snapshot.kubernetes;
    if (!namespaces.data)
      return [
        toResult({ check: coverageCheck, subject: CLUSTER, verdict: unreadable("The namespaces", namespaces.errors) }),
      ];
    if (!networkPolicies.data) {
      return [
        toResult({
          check: coverageCheck,
          subject: CLUSTER,
          verdict: unreadable("The NetworkPolicies", networkPolicies.errors),
        }),
      ];
    }
    const covered = new Set(networkPolicies.data.map((policy) => policy.namespace));
    const isComplete = networkPolicies.errors.length === 0;
    const results: CheckResult[] = [];
    for (const namespace of namespaces.data) {
      if (covered.has(namespace.name)) continue;
      const evidence = [{ source: `kubernetes.networkPolicies[${namespace.name}/*]`, value: [] }];
      const verdict: Verdict = !isComplete
        ? unreadable(`The NetworkPolicies of ${namespace.name}`, networkPolicies.errors)
        : SYSTEM_NAMESPACES.has(namespace.name)
          ? { state: "review", message: `System namespace ${namespace.name} has no NetworkPolicy: review.`, evidence }
          : {
              state: "violated",
              message: `Namespace ${namespace.name} has no NetworkPolicy: any pod may reach it.`,
              evidence,
            };
      results.push(
        toResult({ check: coverageCheck, subject: namespaceSubject(namespace.name), verdict, manualViolation: "FAIL" }),
      );
    }
    const names = [...covered].sort();
    if (names.length > 0) {
      results.push(
        toResult({
          check: coverageCheck,
          subject: CLUSTER,
          verdict: {
            state: "compliant",
            message: `${names.length} namespace(s) have NetworkPolicies: ${describeList(names)}.`,
            evidence: [{ source: "kubernetes.networkPolicies[*].namespace", value: names }],
          },
        }),
      );
    }
    return results;
  },
};
