import type { KastenActionSummary, KastenPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** K10's state of an action that finished successfully. */
export const KASTEN_SUCCESS_STATE = "Complete";

/**
 * Each Policy with the newest of its runs (by start, else end) and the newest one that completed,
 * matched by the `k10.kasten.io/policyName` and `…/policyNamespace` labels (the namespace defaults
 * to the policy's: older K10 versions set only the name). RunActions are the runs: a RunAction
 * completes only when every step did (a backup whose export failed is not a success); the
 * policy's BackupActions stand in only when no RunAction is kept. Only these two are kept: K10
 * keeps many runs per policy, and the newest decide.
 */
export function summarizeKastenPolicies({
  policies,
  actions,
}: {
  policies: Omit<KastenPolicy, "latestRun" | "latestSuccessfulRun" | "runCount">[];
  actions: KastenActionSummary[];
}): KastenPolicy[] {
  return policies.map((policy) => {
    const ofPolicy = actions.filter(
      (action) =>
        action.policyName === policy.name && (action.policyNamespace ?? policy.namespace) === policy.namespace,
    );
    const runs = ofPolicy.filter((action) => action.kind === "RunAction");
    const own = runs.length > 0 ? runs : ofPolicy;
    return {
      ...policy,
      latestRun: newest(own),
      latestSuccessfulRun: newest(own.filter((action) => action.state === KASTEN_SUCCESS_STATE)),
      runCount: own.length,
    };
  });
}

function newest(actions: KastenActionSummary[]): KastenActionSummary | null {
  const timeOf = (action: KastenActionSummary) => action.startTime ?? action.endTime ?? "";
  return actions.reduce<KastenActionSummary | null>(
    (best, action) => (best === null || timeOf(action) > timeOf(best) ? action : best),
    null,
  );
}
