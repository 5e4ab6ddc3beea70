import { SELINUX_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence, evaluateTalosNodes, type NodeVerdict } from "./evaluate-talos-nodes";
import type { TalosNodeTarget } from "./list-node-targets";
import { cmdlineArgumentEvidence } from "./read-cmdline-argument";

/**
 * node.selinux (SecurityState selinuxState, reference §3.1): PASS when enforcing; FAIL when
 * permissive (Talos' default: `selinux=1` without `enforcing=1`) or disabled; UNKNOWN when
 * SecurityState is unreadable or reports a state Lotse does not know. The kernel arguments
 * `selinux` and `enforcing` are cited beside it when the command line was read.
 */
export const selinuxEvaluator: CheckEvaluator = {
  check: SELINUX_CHECK,
  evaluate: (context) =>
    evaluateTalosNodes({
      context,
      checkId: SELINUX_CHECK.id,
      notTalosReason: "the SELinux state is only readable through the Talos API (SecurityState)",
      evaluateNode: evaluateSelinux,
    }),
};

function evaluateSelinux(target: TalosNodeTarget): NodeVerdict {
  const { securityState, kernelCmdline } = target.talos;
  if (!securityState.data) {
    return {
      status: "UNKNOWN",
      message: describeUnreadable(`The security state of ${target.name}`, securityState.errors),
      evidence: errorEvidence(securityState.errors),
    };
  }
  const { selinux } = securityState.data;
  const cmdline = kernelCmdline.data;
  const evidence: EvidenceItem[] = [
    { source: `${target.path}.securityState.selinux`, value: selinux },
    ...(cmdline
      ? [
          cmdlineArgumentEvidence({ path: target.path, cmdline, key: "selinux" }),
          cmdlineArgumentEvidence({
            path: target.path,
            cmdline,
            key: "enforcing",
            note: "enforcing=1 selects enforcing mode",
          }),
        ]
      : []),
  ];
  switch (selinux) {
    case "enforcing":
      return { status: "PASS", message: `SELinux is enforcing on ${target.name}.`, evidence };
    case "permissive":
      return {
        status: "FAIL",
        message: `SELinux is permissive on ${target.name}: violations are logged, not denied (enforcing=1 is missing).`,
        evidence,
      };
    case "disabled":
      return { status: "FAIL", message: `SELinux is disabled on ${target.name}.`, evidence };
    default:
      return {
        status: "UNKNOWN",
        message: `${target.name} reports an SELinux state Lotse does not recognise.`,
        evidence,
      };
  }
}
