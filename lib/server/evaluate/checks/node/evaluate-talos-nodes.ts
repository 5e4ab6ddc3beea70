import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { listNodeTargets, type TalosNodeTarget } from "./list-node-targets";

/** A node check's verdict on one Talos node (the subject and check id are filled in by the caller). */
export type NodeVerdict = Pick<CheckResult, "status" | "message" | "evidence">;

/** Collection errors as evidence of an UNKNOWN: what could not be read, and why. */
export function errorEvidence(errors: readonly CollectionError[]): EvidenceItem[] {
  return errors.map((error) => ({ source: error.target, value: null, note: `${error.kind}: ${error.message}` }));
}

/** "<what> could not be read: <first reason>" for UNKNOWN messages. */
export function describeUnreadable(what: string, errors: readonly CollectionError[]): string {
  const reason = errors[0]?.message;
  return reason ? `${what} could not be read: ${reason}.` : `${what} could not be read.`;
}

/**
 * Runs a Talos-only node check over every node of the cluster:
 * - a Talos node read through the Talos API → `evaluateNode`;
 * - a non-Talos node → NOT_APPLICABLE, `<notTalosReason>` (Lotse reads no node OS without Talos);
 * - a Talos node (per its OS image) that was not read through the Talos API (no talosconfig) → UNKNOWN;
 * - no node could be listed at all → one UNKNOWN for the cluster with the collection errors.
 */
export function evaluateTalosNodes({
  context,
  checkId,
  notTalosReason,
  evaluateNode,
}: {
  context: EvaluationContext;
  checkId: string;
  /** Completes "<osImage> node: …", e.g. "kernel parameters are only readable through the Talos API". */
  notTalosReason: string;
  evaluateNode: (target: TalosNodeTarget) => NodeVerdict;
}): CheckResult[] {
  const { targets, errors } = listNodeTargets({ snapshot: context.snapshot });
  if (targets.length === 0) {
    return [
      {
        checkId,
        subject: { kind: "cluster" },
        status: "UNKNOWN",
        message: describeUnreadable("The cluster's nodes", errors),
        evidence: errorEvidence(errors),
      },
    ];
  }
  return targets.map((target): CheckResult => {
    const subject = { kind: "node" as const, name: target.name };
    if (target.kind === "talos") return { checkId, subject, ...evaluateNode(target) };
    const osImage: EvidenceItem = { source: `${target.path}.osImage`, value: target.kube.osImage };
    if (target.kube.isTalos) {
      return {
        checkId,
        subject,
        status: "UNKNOWN",
        message: context.snapshot.talos
          ? `${target.name} runs Talos, but the Talos collector did not read it.`
          : `${target.name} runs Talos, but it was not read through the Talos API (register a talosconfig for the cluster).`,
        evidence: [osImage],
      };
    }
    return {
      checkId,
      subject,
      status: "NOT_APPLICABLE",
      message: `${target.kube.osImage ?? "Non-Talos"} node: ${notTalosReason}.`,
      evidence: [{ ...osImage, note: "not a Talos node" }],
    };
  });
}
