import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { FILE_PERMISSION_CHECKS, type FileCheckSpec } from "./rules/file-permission-specs";
import { cisCheck, CLUSTER, nodeSubject, toResult, type Verdict } from "./support/cis-verdict";
import { listTalosMachines, type TalosMachine } from "./support/talos-machines";

const NOT_VISIBLE = "file permissions are not visible through the Kubernetes API; verify on the node";

function judgeTalosMachine(spec: FileCheckSpec, machine: TalosMachine, context: EvaluationContext): Verdict {
  if (machine.identity.length === 0) {
    return {
      state: "unknown",
      message: `${machine.name} could not be shown to run Talos (neither its Talos version nor its OS image was read).`,
      evidence: [],
    };
  }
  const fact: EvidenceItem = {
    source: `${machine.path}.files[${spec.path}]`,
    value: spec.talosFile,
    note: `Talos design (not read from the node): ${spec.talosFact}`,
  };
  const evidence = [...machine.identity, ...spec.talosEvidence.flatMap((read) => read(machine, context)), fact];
  return { state: "compliant", message: `${machine.name} runs Talos: ${spec.talosFact}.`, evidence };
}

function evaluateTalos(spec: FileCheckSpec, context: EvaluationContext): CheckResult[] {
  const check = cisCheck(spec.cisId);
  const machines = listTalosMachines(context);
  if (machines.length === 0) {
    const errors = [...context.snapshot.kubernetes.nodes.errors, ...(context.snapshot.talos?.endpoint.errors ?? [])];
    return [
      toResult({
        check,
        subject: CLUSTER,
        verdict: {
          state: "unknown",
          message: "No Talos node could be listed.",
          evidence: errors.map((error) => ({
            source: error.target,
            value: null,
            note: `${error.kind}: ${error.message}`,
          })),
        },
      }),
    ];
  }
  return machines
    .filter((machine) => spec.nodes === "all" || machine.role !== "worker")
    .map((machine) => {
      const verdict: Verdict =
        machine.role === null
          ? {
              state: "unknown",
              message: `Whether ${machine.name} is a control-plane node could not be read.`,
              evidence: machine.identity,
            }
          : judgeTalosMachine(spec, machine, context);
      return toResult({ check, subject: nodeSubject(machine.name), verdict });
    });
}

/**
 * A CIS file mode/ownership check (1.1.x, 4.1.x). On Talos it is answered from the platform's
 * design, cited as such, per node, with the live Talos evidence that the design applies (the
 * component is a StaticPod / machined service there). On kubeadm and managed nodes the files are
 * not visible through the Kubernetes API: UNKNOWN (Manual checks: WARN, a review on the node),
 * never PASS; the control-plane files of a managed cluster belong to the provider: NOT_APPLICABLE.
 */
export function buildFileCheck(spec: FileCheckSpec): CheckEvaluator {
  const check = cisCheck(spec.cisId);
  return {
    check,
    evaluate: (context) => {
      if (context.platform === "talos") return evaluateTalos(spec, context);
      if (context.platform === "managed" && spec.nodes === "control-plane") {
        return [
          toResult({
            check,
            subject: CLUSTER,
            verdict: {
              state: "not-applicable",
              message: "The provider owns the control-plane hosts: their files are neither visible nor configurable.",
              evidence: [{ source: "platform", value: context.platform }],
            },
          }),
        ];
      }
      const verdict: Verdict = {
        state: check.cis?.automated ? "unknown" : "review",
        message: `${spec.path}: ${NOT_VISIBLE}.`,
        evidence: [{ source: `node:${spec.path}`, value: null, note: NOT_VISIBLE }],
      };
      return [toResult({ check, subject: CLUSTER, verdict })];
    },
  };
}

export const FILE_PERMISSION_EVALUATORS: CheckEvaluator[] = FILE_PERMISSION_CHECKS.map(buildFileCheck);
