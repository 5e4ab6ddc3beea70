import type { KubePod, KubeServiceAccount } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext } from "../../evaluator-types";
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
import { bindingLabel } from "./support/rbac-grants";

const defaultAccountCheck = cisCheck("5.1.5");
const tokenMountCheck = cisCheck("5.1.6");

/**
 * CIS 5.1.5: each namespace's `default` ServiceAccount does not mount its token
 * (automountServiceAccountToken: false) and is bound to no role.
 */
export const defaultServiceAccountEvaluator: CheckEvaluator = {
  check: defaultAccountCheck,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const { serviceAccounts, roleBindings, clusterRoleBindings } = context.snapshot.kubernetes;
    const check = defaultAccountCheck;
    if (!serviceAccounts.data) {
      return [
        toResult({ check, subject: CLUSTER, verdict: unreadable("The service accounts", serviceAccounts.errors) }),
      ];
    }
    const bindings = [...(roleBindings.data ?? []), ...(clusterRoleBindings.data ?? [])];
    const results = serviceAccounts.data
      .filter((account) => account.name === "default")
      .map((account) => {
        const source = `kubernetes.serviceAccounts[${account.namespace}/default]`;
        const bound = bindings
          .filter((binding) =>
            binding.subjects.some(
              (s) => s.kind === "ServiceAccount" && s.name === "default" && s.namespace === account.namespace,
            ),
          )
          .map(bindingLabel);
        const evidence = [
          { source: `${source}.automountServiceAccountToken`, value: account.automountServiceAccountToken },
          { source: `kubernetes.rbac[subject=${source}]`, value: bound },
        ];
        const problems = [
          ...(account.automountServiceAccountToken === false ? [] : ["its token is mounted into pods by default"]),
          ...(bound.length > 0 ? [`it is bound by ${bound.join(", ")}`] : []),
        ];
        return toResult({
          check,
          subject: namespaceSubject(account.namespace),
          verdict:
            problems.length === 0
              ? {
                  state: "compliant",
                  message: `${account.namespace}/default mounts no token and is bound to no role.`,
                  evidence,
                }
              : {
                  state: "violated",
                  message: `${account.namespace}/default is usable: ${problems.join("; ")}.`,
                  evidence,
                },
        });
      });
    const errors = [...serviceAccounts.errors, ...roleBindings.errors, ...clusterRoleBindings.errors];
    if (errors.length > 0) {
      results.push(
        toResult({
          check,
          subject: CLUSTER,
          verdict: {
            state: "unknown",
            message: "Some service accounts or bindings could not be read.",
            evidence: errorEvidence(errors),
          },
        }),
      );
    }
    return results;
  },
};

type Mount = "none" | "explicit" | "implicit" | "unknown";

/** Whether a pod gets a token, and whether someone decided so (pod or ServiceAccount set it). */
function tokenMount(pod: KubePod, accounts: KubeServiceAccount[] | null): Mount {
  if (pod.automountServiceAccountToken === false) return "none";
  if (pod.automountServiceAccountToken === true) return "explicit";
  if (!accounts) return "unknown";
  const account = accounts.find(
    (candidate) => candidate.namespace === pod.namespace && candidate.name === (pod.serviceAccountName ?? "default"),
  );
  if (account?.automountServiceAccountToken === false) return "none";
  if (account?.automountServiceAccountToken === true) return "explicit";
  return "implicit";
}

/**
 * CIS 5.1.6: tokens are mounted only where necessary. A token mounted because nobody set
 * automountServiceAccountToken (on the pod or its ServiceAccount) is a FAIL per namespace; an
 * explicit `true` counts as the owner's statement that the pod needs it. Mirror pods get no token.
 */
export const tokenMountEvaluator: CheckEvaluator = {
  check: tokenMountCheck,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const check = tokenMountCheck;
    const { pods, serviceAccounts } = context.snapshot.kubernetes;
    if (!pods.data) return [toResult({ check, subject: CLUSTER, verdict: unreadable("The pods", pods.errors) })];
    const byNamespace = new Map<string, { implicit: string[]; unknown: string[]; total: number }>();
    for (const pod of pods.data.filter((candidate) => !candidate.isMirror)) {
      const entry = byNamespace.get(pod.namespace) ?? { implicit: [], unknown: [], total: 0 };
      const mount = tokenMount(pod, serviceAccounts.data);
      if (mount === "implicit") entry.implicit.push(pod.name);
      if (mount === "unknown") entry.unknown.push(pod.name);
      entry.total++;
      byNamespace.set(pod.namespace, entry);
    }
    const isComplete = pods.errors.length === 0 && serviceAccounts.errors.length === 0;
    const results: CheckResult[] = [];
    for (const [namespace, { implicit, unknown, total }] of [...byNamespace].sort(([a], [b]) => a.localeCompare(b))) {
      const source = `kubernetes.pods[${namespace}/*].automountServiceAccountToken`;
      const subject = namespaceSubject(namespace);
      if (implicit.length > 0) {
        const { items, more } = capList(implicit);
        const evidence = [
          { source, value: items, note: `mounted without anyone deciding so${more > 0 ? `; ${more} more` : ""}` },
        ];
        const message = `${implicit.length} of ${total} pods in ${namespace} mount a service account token nobody asked for: ${describeList(implicit)}.`;
        results.push(toResult({ check, subject, verdict: { state: "violated", message, evidence } }));
      } else if (unknown.length > 0) {
        results.push(
          toResult({
            check,
            subject,
            verdict: unreadable(`The service accounts of ${namespace}`, serviceAccounts.errors),
          }),
        );
      } else if (!isComplete) {
        const message = `Pods or service accounts were not read completely; ${namespace} is not judged.`;
        results.push(
          toResult({
            check,
            subject,
            verdict: {
              state: "unknown",
              message,
              evidence: errorEvidence([...pods.errors, ...serviceAccounts.errors]),
            },
          }),
        );
      } else {
        const evidence = [{ source, value: total, note: "pods that mount no token or mount one explicitly" }];
        results.push(
          toResult({
            check,
            subject,
            verdict: {
              state: "compliant",
              message: `Every pod in ${namespace} mounts a token only where it was asked for.`,
              evidence,
            },
          }),
        );
      }
    }
    return results;
  },
};
