import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { ControlPlaneComponent } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  readControlPlaneFlags,
  type ComponentInstance,
  type ControlPlaneFlags,
} from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckResult, EvaluationContext } from "../../../evaluator-types";
import { CLUSTER, errorEvidence, nodeSubject, toResult, type Verdict } from "./cis-verdict";

/**
 * Runs a control-plane judgment over every instance of a component (one finding per control-plane
 * node), with the shared rules: managed → NOT_APPLICABLE (not visible, never PASS); flags that
 * could not be read → one UNKNOWN with the errors; some nodes unread → their findings are missing,
 * so one UNKNOWN for the cluster says so (no conclusion from an absence).
 */
export function judgeControlPlane({
  context,
  check,
  component,
  judge,
  manualViolation,
  read = readControlPlaneFlags(context, component),
}: {
  context: EvaluationContext;
  check: CheckDefinition;
  component: ControlPlaneComponent;
  /** Gets the instance with `node` already set to the subject name (the Kubernetes node name when known). */
  judge: (instance: ComponentInstance) => Verdict;
  manualViolation?: "FAIL" | "WARN";
  /** Defaults to readControlPlaneFlags; etcd on Talos passes its own reading. */
  read?: ControlPlaneFlags;
}): CheckResult[] {
  if (read.state === "not-visible") {
    return [
      toResult({
        check,
        subject: CLUSTER,
        verdict: {
          state: "not-applicable",
          message: read.reason,
          evidence: [{ source: `platform`, value: context.platform, note: "managed control plane: not visible" }],
        },
      }),
    ];
  }
  if (read.state === "unknown") {
    return [
      toResult({
        check,
        subject: CLUSTER,
        verdict: { state: "unknown", message: read.reason, evidence: errorEvidence(read.errors) },
      }),
    ];
  }
  const results = read.instances.map((instance) => {
    const named = { ...instance, node: subjectName(context, instance.node) };
    return toResult({ check, subject: nodeSubject(named.node), verdict: judge(named), manualViolation });
  });
  if (read.incomplete) {
    results.push(
      toResult({
        check,
        subject: CLUSTER,
        verdict: {
          state: "unknown",
          message: `Some control-plane nodes could not be read; ${component} on them is not judged.`,
          evidence: errorEvidence(read.errors),
        },
      }),
    );
  }
  return results;
}

/** The node's Kubernetes name when the Talos part knows it (findings of one node share one subject). */
export function subjectName({ snapshot }: Pick<EvaluationContext, "snapshot">, node: string): string {
  const talos = snapshot.talos?.nodes.find((candidate) => candidate.node === node);
  return talos?.kubernetesName ?? node;
}
