import { KERNEL_CMDLINE_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence, evaluateTalosNodes, type NodeVerdict } from "./evaluate-talos-nodes";
import { isCoveredRelease, listCmdlineRequirements, type CmdlineRequirement } from "./kernel-cmdline-requirements";
import type { TalosNodeTarget } from "./list-node-targets";
import { readCmdlineArgument, type CmdlineArgument } from "./read-cmdline-argument";
import { readNodeTalosVersion } from "./read-node-talos-version";

/**
 * node.kernel-cmdline: the node's /proc/cmdline must carry the arguments its Talos release boots
 * with (kernel-cmdline-requirements.ts), judged on each argument's last occurrence. FAIL when one
 * is absent (where absence FAILs) or has another value; WARN when only `init_on_alloc=1` is missing
 * before v1.14; PASS when all hold; UNKNOWN when the command line or the release is unknown (then
 * only the release-independent arguments are checked, which can FAIL but not PASS).
 */
export const kernelCmdlineEvaluator: CheckEvaluator = {
  check: KERNEL_CMDLINE_CHECK,
  evaluate: (context) =>
    evaluateTalosNodes({
      context,
      checkId: KERNEL_CMDLINE_CHECK.id,
      notTalosReason: "the kernel command line is only readable through the Talos API",
      evaluateNode: evaluateKernelCmdline,
    }),
};

interface Judgement {
  requirement: CmdlineRequirement;
  status: "PASS" | "WARN" | "FAIL";
  /** The argument's last occurrence; undefined when absent. */
  argument: CmdlineArgument | undefined;
  evidence: EvidenceItem;
  /** For messages: `module.sig_enforce absent`, `pti=off`. */
  finding: string;
}

function evaluateKernelCmdline(target: TalosNodeTarget): NodeVerdict {
  const { kernelCmdline } = target.talos;
  if (!kernelCmdline.data) {
    return {
      status: "UNKNOWN",
      message: describeUnreadable(`The kernel command line of ${target.name}`, kernelCmdline.errors),
      evidence: errorEvidence(kernelCmdline.errors),
    };
  }
  const cmdline = kernelCmdline.data;
  const version = readNodeTalosVersion(target);
  const isCovered = version !== null && isCoveredRelease(version.release);
  const judgements = listCmdlineRequirements(isCovered ? version.release : null).map((requirement): Judgement => {
    const argument = readCmdlineArgument(cmdline, requirement.key);
    const source = `${target.path}.kernelCmdline.tokens[${requirement.key}]`;
    const expected = `expected ${requirement.expected}: ${requirement.reason}`;
    if (!argument) {
      return {
        requirement,
        status: requirement.whenAbsent,
        argument,
        evidence: { source, value: null, note: `absent; ${expected}` },
        finding: `${requirement.key} absent`,
      };
    }
    const isAccepted = requirement.accepted.includes(argument.value);
    return {
      requirement,
      status: isAccepted ? "PASS" : "FAIL",
      argument,
      evidence: { source, value: argument.text, note: isAccepted ? requirement.reason : expected },
      finding: argument.text,
    };
  });
  const evidence: EvidenceItem[] = [
    ...(version ? [version.evidence] : errorEvidence(target.talos.version.errors)),
    { source: `${target.path}.kernelCmdline.cmdline`, value: cmdline.cmdline },
    ...judgements.map((judgement) => judgement.evidence),
  ];
  const failed = judgements.filter((judgement) => judgement.status === "FAIL");
  if (failed.length > 0) {
    return {
      status: "FAIL",
      message: `The kernel command line of ${target.name} misses required hardening: ${describe(failed)}.`,
      evidence,
    };
  }
  const warned = judgements.filter((judgement) => judgement.status === "WARN");
  if (warned.length > 0) {
    return {
      status: "WARN",
      message: `The kernel command line of ${target.name} differs from its release's default arguments: ${describe(warned)} (the kernel default still applies).`,
      evidence,
    };
  }
  if (!isCovered) {
    const release = version
      ? `Talos ${version.release.tag} is not covered by Lotse's facts`
      : "its Talos version is unknown";
    return {
      status: "UNKNOWN",
      message: `slab_nomerge and pti=on are set on ${target.name}, but ${release}, so the release-specific arguments cannot be judged.`,
      evidence,
    };
  }
  return {
    status: "PASS",
    message: `The kernel command line of ${target.name} carries ${judgements
      .flatMap((judgement) => (judgement.argument ? [judgement.argument.text] : []))
      .join(", ")}.`,
    evidence,
  };
}

function describe(judgements: Judgement[]): string {
  return judgements.map(({ requirement, finding }) => `${finding} (expected ${requirement.expected})`).join(", ");
}
