import { MODULE_SIGNING_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence, evaluateTalosNodes, type NodeVerdict } from "./evaluate-talos-nodes";
import type { TalosNodeTarget } from "./list-node-targets";
import { cmdlineArgumentEvidence, readCmdlineArgument } from "./read-cmdline-argument";

/**
 * node.module-signing: SecurityState `moduleSignatureEnforced` (Talos v1.12+, reference §3.1) when
 * it is known; otherwise the kernel command line, which that field mirrors (`module.sig_enforce=1`,
 * last occurrence). PASS when enforced, FAIL when not, UNKNOWN when neither source was read.
 */
export const moduleSigningEvaluator: CheckEvaluator = {
  check: MODULE_SIGNING_CHECK,
  evaluate: (context) =>
    evaluateTalosNodes({
      context,
      checkId: MODULE_SIGNING_CHECK.id,
      notTalosReason: "module signature enforcement is only readable through the Talos API",
      evaluateNode: evaluateModuleSigning,
    }),
};

function evaluateModuleSigning(target: TalosNodeTarget): NodeVerdict {
  const { securityState, kernelCmdline } = target.talos;
  const cmdline = kernelCmdline.data;
  const argumentEvidence = cmdline
    ? [cmdlineArgumentEvidence({ path: target.path, cmdline, key: "module.sig_enforce" })]
    : [];
  const enforced = securityState.data?.moduleSignatureEnforced ?? null;
  if (enforced !== null) {
    const evidence: EvidenceItem[] = [
      { source: `${target.path}.securityState.moduleSignatureEnforced`, value: enforced },
      ...argumentEvidence,
    ];
    return enforced
      ? { status: "PASS", message: `${target.name} only loads signed kernel modules.`, evidence }
      : {
          status: "FAIL",
          message: `${target.name} does not enforce kernel module signatures (module.sig_enforce=1 is not in effect).`,
          evidence,
        };
  }
  if (!cmdline) {
    const errors = [...securityState.errors, ...kernelCmdline.errors];
    return {
      status: "UNKNOWN",
      message: describeUnreadable(`Neither the security state nor the kernel command line of ${target.name}`, errors),
      evidence: errorEvidence(errors),
    };
  }
  const note = securityState.data
    ? "SecurityState has no moduleSignatureEnforced before Talos v1.12; read from the kernel command line"
    : "SecurityState could not be read; read from the kernel command line";
  const evidence = [cmdlineArgumentEvidence({ path: target.path, cmdline, key: "module.sig_enforce", note })];
  return readCmdlineArgument(cmdline, "module.sig_enforce")?.value === "1"
    ? { status: "PASS", message: `${target.name} boots with module.sig_enforce=1: only signed modules load.`, evidence }
    : {
        status: "FAIL",
        message: `${target.name} boots without module.sig_enforce=1: unsigned kernel modules can be loaded.`,
        evidence,
      };
}
