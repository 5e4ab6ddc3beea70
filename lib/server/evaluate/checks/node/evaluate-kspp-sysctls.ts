import { KSPP_SYSCTLS_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence, evaluateTalosNodes, type NodeVerdict } from "./evaluate-talos-nodes";
import { findKsppSysctlBaseline } from "./kspp-sysctl-baselines";
import type { TalosNodeTarget } from "./list-node-targets";
import { readNodeTalosVersion } from "./read-node-talos-version";

/**
 * node.kspp-sysctls: every KSPP sysctl of the node's Talos release (kspp-sysctl-baselines.ts) must
 * have KernelParamStatus `current` equal to the enforced value. FAIL when any differs, is missing
 * from a complete list, or is unsupported by the kernel; PASS when all match; UNKNOWN when the
 * parameters, the version or a baseline for it are unknown. Non-Talos nodes: NOT_APPLICABLE.
 */
export const ksppSysctlsEvaluator: CheckEvaluator = {
  check: KSPP_SYSCTLS_CHECK,
  evaluate: (context) =>
    evaluateTalosNodes({
      context,
      checkId: KSPP_SYSCTLS_CHECK.id,
      notTalosReason: "kernel parameters are only readable through the Talos API",
      evaluateNode: evaluateKsppSysctls,
    }),
};

function evaluateKsppSysctls(target: TalosNodeTarget): NodeVerdict {
  const { kernelParams } = target.talos;
  if (!kernelParams.data) {
    return {
      status: "UNKNOWN",
      message: describeUnreadable(`The kernel parameters of ${target.name}`, kernelParams.errors),
      evidence: errorEvidence(kernelParams.errors),
    };
  }
  const version = readNodeTalosVersion(target);
  if (!version) {
    return {
      status: "UNKNOWN",
      message: `The Talos version of ${target.name} is unknown, and the expected KSPP values depend on it.`,
      evidence: errorEvidence(target.talos.version.errors),
    };
  }
  const baseline = findKsppSysctlBaseline(version.release);
  if (!baseline) {
    return {
      status: "UNKNOWN",
      message: `Lotse knows no verified KSPP sysctl list for Talos ${version.release.tag}.`,
      evidence: [version.evidence],
    };
  }
  const versionEvidence = {
    ...version.evidence,
    note: `expected values: Talos ${baseline.label} (${baseline.source})`,
  };
  const isComplete = kernelParams.errors.length === 0;
  const matching: Comparison[] = [];
  const differing: Comparison[] = [];
  const unread: Comparison[] = [];
  for (const [key, expected] of Object.entries(baseline.sysctls)) {
    const param = kernelParams.data.find((candidate) => candidate.key === key);
    const comparison = { key, source: `${target.path}.kernelParams[${key}].current`, expected };
    if (!param) {
      if (isComplete) differing.push({ ...comparison, current: null, note: "not set by Talos (absent from the list)" });
      else unread.push({ ...comparison, current: null, note: "the parameter list is incomplete" });
    } else if (param.unsupported) {
      differing.push({
        ...comparison,
        current: param.current,
        note: "unsupported: the kernel has no such parameter, so the protection is not in effect",
      });
    } else if (param.current !== expected) {
      differing.push({ ...comparison, current: param.current, note: "overridden" });
    } else matching.push({ ...comparison, current: param.current });
  }
  const total = Object.keys(baseline.sysctls).length;
  if (differing.length > 0) {
    return {
      status: "FAIL",
      message: `${differing.length} of ${total} KSPP sysctls on ${target.name} differ from Talos ${baseline.label} values: ${differing.map(describeDifference).join(", ")}.`,
      evidence: [versionEvidence, ...differing.map(toEvidence)],
    };
  }
  if (unread.length > 0) {
    return {
      status: "UNKNOWN",
      message: `${unread.length} of ${total} KSPP sysctls on ${target.name} were missing from an incomplete parameter list; the others match.`,
      evidence: [versionEvidence, ...unread.map(toEvidence), ...errorEvidence(kernelParams.errors)],
    };
  }
  return {
    status: "PASS",
    message: `All ${total} KSPP sysctls on ${target.name} have Talos ${baseline.label} values.`,
    evidence: [versionEvidence, ...matching.map(toEvidence)],
  };
}

interface Comparison {
  /** KernelParamStatus ID, `proc.sys.kernel.kptr_restrict`. */
  key: string;
  source: string;
  /** null: absent. */
  current: string | null;
  expected: string;
  note?: string;
}

function toEvidence({ source, current, expected, note }: Comparison): EvidenceItem {
  return { source, value: { current, expected }, ...(note ? { note } : {}) };
}

/** `kernel.kptr_restrict=1 (expected 2)`: the sysctl as users write it in `machine.sysctls`. */
function describeDifference({ key, current, expected }: Comparison): string {
  return `${key.replace(/^proc\.sys\./, "")}=${current ?? "(unset)"} (expected ${expected})`;
}
