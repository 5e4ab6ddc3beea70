import {
  isCoveredRelease,
  listCmdlineRequirements,
} from "@/lib/server/evaluate/checks/node/kernel-cmdline-requirements";
import type { TalosNodeTarget } from "@/lib/server/evaluate/checks/node/list-node-targets";
import { readCmdlineArgument } from "@/lib/server/evaluate/checks/node/read-cmdline-argument";
import { readNodeTalosVersion } from "@/lib/server/evaluate/checks/node/read-node-talos-version";
import type { CmdlineRequirementRow, KernelCmdlineView, NodePart } from "@/lib/shared/node-view";
import { toNodePart } from "./to-node-part";

/**
 * The node's /proc/cmdline with each argument its Talos release boots with checked on its last
 * occurrence, by the `node.kernel-cmdline` evaluator's rules: another value FAILs, absence gives
 * the requirement's own verdict. For an unknown or uncovered release only the arguments every
 * release requires are checked.
 */
export function judgeKernelCmdline(target: TalosNodeTarget): NodePart<KernelCmdlineView> {
  return toNodePart(target.talos.kernelCmdline, (cmdline): KernelCmdlineView => {
    const version = readNodeTalosVersion(target);
    const isCovered = version !== null && isCoveredRelease(version.release);
    const requirements = listCmdlineRequirements(isCovered ? version.release : null).map(
      (requirement): CmdlineRequirementRow => {
        const argument = readCmdlineArgument(cmdline, requirement.key);
        const base = { key: requirement.key, expected: requirement.expected, reason: requirement.reason };
        if (!argument) return { ...base, current: null, status: requirement.whenAbsent };
        return {
          ...base,
          current: argument.text,
          status: requirement.accepted.includes(argument.value) ? "PASS" : "FAIL",
        };
      },
    );
    return {
      cmdline: cmdline.cmdline,
      requirements,
      coverageNote: isCovered
        ? null
        : version
          ? `Talos ${version.release.tag} is not covered by Lotse's facts: only the arguments every release requires are checked.`
          : "The Talos version is unknown: only the arguments every release requires are checked.",
    };
  });
}
