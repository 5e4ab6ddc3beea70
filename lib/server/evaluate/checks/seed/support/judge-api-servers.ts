import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import { readControlPlaneFlags, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckResult, EvaluationContext, EvidenceItem, FindingSubject } from "../../../evaluator-types";
import { errorEvidence } from "../../cis/support/cis-verdict";
import { subjectName } from "../../cis/support/judge-control-plane";

/** A seed check's verdict on one subject (the check id and subject are filled in by the caller). */
export type SeedVerdict = Pick<CheckResult, "status" | "message" | "evidence">;

export const CLUSTER: FindingSubject = { kind: "cluster" };

/** One finding about the cluster as a whole. */
export function clusterResult(check: CheckDefinition, verdict: SeedVerdict): CheckResult {
  return { checkId: check.id, subject: CLUSTER, ...verdict };
}

/** Evidence that the platform hides the control plane (managed): the reason a finding is NOT_APPLICABLE. */
export function managedEvidence(context: EvaluationContext): EvidenceItem {
  return { source: "platform", value: context.platform, note: "managed control plane: kube-apiserver is not visible" };
}

/**
 * Judges every kube-apiserver instance (one finding per control-plane node) with the shared rules:
 * managed → one NOT_APPLICABLE for the cluster with `managedReason` (the provider owns the setting,
 * never PASS); flags unreadable → one UNKNOWN with the collection errors; some control-plane nodes
 * unread → their findings are missing, so one more UNKNOWN for the cluster says so.
 */
export function judgeApiServers({
  context,
  check,
  managedReason,
  judge,
}: {
  context: EvaluationContext;
  check: CheckDefinition;
  /** One sentence: why the check cannot be assessed on a managed control plane, and where to look instead. */
  managedReason: string;
  /** Gets the instance with `node` already set to the subject name (the Kubernetes node name when known). */
  judge: (instance: ComponentInstance) => SeedVerdict;
}): CheckResult[] {
  const read = readControlPlaneFlags(context, "kube-apiserver");
  if (read.state === "not-visible") {
    return [
      clusterResult(check, { status: "NOT_APPLICABLE", message: managedReason, evidence: [managedEvidence(context)] }),
    ];
  }
  if (read.state === "unknown") {
    return [clusterResult(check, { status: "UNKNOWN", message: read.reason, evidence: errorEvidence(read.errors) })];
  }
  const results: CheckResult[] = read.instances.map((instance) => {
    const node = subjectName(context, instance.node);
    return { checkId: check.id, subject: { kind: "node", name: node }, ...judge({ ...instance, node }) };
  });
  if (read.incomplete) {
    results.push(
      clusterResult(check, {
        status: "UNKNOWN",
        message: "Some control-plane nodes could not be read, so their kube-apiserver is not judged.",
        evidence: errorEvidence(read.errors),
      }),
    );
  }
  return results;
}
