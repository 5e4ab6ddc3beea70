import type { EvaluationContext } from "../../../evaluator-types";
import { errorEvidence } from "../../cis/support/cis-verdict";
import { combineToolVerdicts } from "./combine-backup-verdicts";
import { judgeKastenPolicy } from "./kasten-policies";
import type { BackupVerdict } from "./velero-schedules";

/**
 * Kasten K10's backup policies (those with a `backup` action) as one backup verdict, as Velero's
 * schedules are judged: the best policy's verdict, the others' as evidence. Null when K10 is not
 * installed (its CRD is not served) or the snapshot predates reading it; UNKNOWN when the lists
 * failed; FAIL when K10 is installed but no policy backs anything up.
 */
export function judgeKastenBackups(context: EvaluationContext): BackupVerdict | null {
  const part = context.snapshot.kubernetes.kastenPolicies;
  if (!part || part.isServed === false) return null;
  if (!part.data) {
    return {
      status: "UNKNOWN",
      message: "Kasten K10's policies and runs could not be read, so K10 backups are unknown.",
      evidence: errorEvidence(part.errors),
    };
  }
  const policies = part.data.filter((policy) => policy.actions.includes("backup"));
  if (policies.length === 0) {
    return {
      status: part.errors.length > 0 ? "UNKNOWN" : "FAIL",
      message:
        part.errors.length > 0
          ? "No Kasten K10 backup policy was read, but the lists are incomplete."
          : "Kasten K10 is installed, but no K10 Policy has a backup action, so nothing backs the cluster up regularly.",
      evidence: [
        {
          source: "kubernetes.kastenPolicies",
          value: part.data.map((policy) => `${policy.namespace}/${policy.name}: ${policy.actions.join(", ")}`),
          note: "Kasten K10 Policies (config.kio.kasten.io/v1alpha1) and their actions",
        },
        ...errorEvidence(part.errors),
      ],
    };
  }
  return combineToolVerdicts({
    verdicts: policies.map((policy) => judgeKastenPolicy(policy, context.now)),
    errors: part.errors,
  });
}
