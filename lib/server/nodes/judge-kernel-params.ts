import type { TalosKernelParam } from "@/lib/server/collect/snapshot/talos-snapshot";
import { findKsppSysctlBaseline } from "@/lib/server/evaluate/checks/node/kspp-sysctl-baselines";
import type { TalosNodeTarget } from "@/lib/server/evaluate/checks/node/list-node-targets";
import { readNodeTalosVersion } from "@/lib/server/evaluate/checks/node/read-node-talos-version";
import type { KernelParamRow, KernelParamsView, NodePart } from "@/lib/shared/node-view";
import { toNodePart } from "./to-node-part";

/**
 * The node's KSPP sysctls against the baseline of its Talos release, as a diff table. The rules
 * are those of the `node.kspp-sysctls` evaluator, row by row: a value other than the enforced one
 * (a user override) or an unsupported parameter FAILs, a parameter missing from a complete list
 * FAILs, one missing from an incomplete list is UNKNOWN.
 */
export function judgeKernelParams(target: TalosNodeTarget): NodePart<KernelParamsView> {
  const { kernelParams } = target.talos;
  const isComplete = kernelParams.errors.length === 0;
  return toNodePart(kernelParams, (params): KernelParamsView => {
    const version = readNodeTalosVersion(target);
    const baseline = version ? findKsppSysctlBaseline(version.release) : null;
    const expectedByKey = baseline?.sysctls ?? {};
    const rows = Object.entries(expectedByKey).map(([key, expected]) =>
      judgeParam({ key, expected, param: params.find((candidate) => candidate.key === key), isComplete }),
    );
    return {
      baseline: baseline ? { label: baseline.label, source: baseline.source } : null,
      baselineUnavailableReason: baseline
        ? null
        : version
          ? `Lotse knows no verified KSPP sysctl list for Talos ${version.release.tag}.`
          : `The Talos version of ${target.name} is unknown, and the expected KSPP values depend on it.`,
      rows,
      counts: {
        pass: rows.filter((row) => row.status === "PASS").length,
        fail: rows.filter((row) => row.status === "FAIL").length,
        unknown: rows.filter((row) => row.status === "UNKNOWN").length,
      },
      others: params
        .filter((param) => !(param.key in expectedByKey))
        .map((param) => ({
          key: param.key,
          current: param.current,
          kernelDefault: param.default === "" ? null : param.default,
          isUnsupported: param.unsupported,
        })),
    };
  });
}

function judgeParam({
  key,
  expected,
  param,
  isComplete,
}: {
  key: string;
  expected: string;
  param: TalosKernelParam | undefined;
  isComplete: boolean;
}): KernelParamRow {
  const base = { key, sysctl: key.replace(/^proc\.sys\./, ""), expected };
  if (!param) {
    return {
      ...base,
      current: null,
      kernelDefault: null,
      status: isComplete ? "FAIL" : "UNKNOWN",
      isOverridden: false,
      note: isComplete ? "not set by Talos (absent from the list)" : "not in the list, which is incomplete",
    };
  }
  const row = { ...base, current: param.current, kernelDefault: param.default === "" ? null : param.default };
  if (param.unsupported) {
    return {
      ...row,
      status: "FAIL",
      isOverridden: false,
      note: "unsupported: the kernel has no such parameter, so the protection is not in effect",
    };
  }
  if (param.current !== expected) {
    return { ...row, status: "FAIL", isOverridden: true, note: `overridden: Talos enforces ${expected}` };
  }
  return { ...row, status: "PASS", isOverridden: false, note: null };
}
