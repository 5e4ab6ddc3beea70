import type { CheckEvaluator } from "../../evaluator-types";
import { kernelCmdlineEvaluator } from "./evaluate-kernel-cmdline";
import { ksppSysctlsEvaluator } from "./evaluate-kspp-sysctls";
import { moduleSigningEvaluator } from "./evaluate-module-signing";
import { osVersionSkewEvaluator } from "./evaluate-os-version-skew";
import { secureBootEvaluator } from "./evaluate-secure-boot";
import { selinuxEvaluator } from "./evaluate-selinux";

/** One evaluator per node check (see lib/catalog/checks/node-checks.ts for their definitions). */
export const NODE_EVALUATORS: CheckEvaluator[] = [
  ksppSysctlsEvaluator,
  kernelCmdlineEvaluator,
  secureBootEvaluator,
  selinuxEvaluator,
  moduleSigningEvaluator,
  osVersionSkewEvaluator,
];
