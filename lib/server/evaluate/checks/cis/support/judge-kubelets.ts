import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { CheckResult, EvaluationContext } from "../../../evaluator-types";
import { CLUSTER, errorEvidence, nodeSubject, toResult, unreadable, type Verdict } from "./cis-verdict";
import { readKubeletConfigs, type KubeletView } from "./read-kubelet-configs";

/**
 * Runs a kubelet judgment on every node (managed clusters included: their kubelets are visible).
 * A node whose configuration could not be read is UNKNOWN; nodes missing from the reading add one
 * UNKNOWN for the cluster.
 */
export function judgeKubelets({
  context,
  check,
  judge,
  manualViolation,
}: {
  context: EvaluationContext;
  check: CheckDefinition;
  /** Called only for views whose configuration was read. */
  judge: (view: KubeletView & { config: NonNullable<KubeletView["config"]> }) => Verdict;
  manualViolation?: "FAIL" | "WARN";
}): CheckResult[] {
  const reading = readKubeletConfigs(context);
  if (reading.state === "unknown") {
    return [toResult({ check, subject: CLUSTER, verdict: unreadable("The kubelet configurations", reading.errors) })];
  }
  const results = reading.views.map((view) => {
    const { config } = view;
    const verdict = config
      ? judge({ ...view, config })
      : unreadable(`The kubelet configuration of ${view.name}`, view.errors);
    return toResult({ check, subject: nodeSubject(view.name), verdict, manualViolation });
  });
  if (reading.incomplete) {
    results.push(
      toResult({
        check,
        subject: CLUSTER,
        verdict: {
          state: "unknown",
          message: "The kubelet configuration of some nodes could not be listed; they are not judged.",
          evidence: errorEvidence(reading.errors),
        },
      }),
    );
  }
  return results;
}
