import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { detectPlatform } from "@/lib/server/evaluate/detect-platform";
import { NODE_EVALUATORS } from "@/lib/server/evaluate/checks/node";
import { FINDING_STATUS_ORDER, type FindingStatusView } from "@/lib/shared/finding-view";
import type { NodeCheckVerdict } from "@/lib/shared/node-view";

/**
 * The node checks' verdicts per node name, from the same evaluators that produce the cluster's
 * findings (so the node view never disagrees with them). Waivers are not applied: this is what
 * the node is, not what was accepted.
 */
export function judgeNodeChecks({
  snapshot,
  now,
}: {
  snapshot: StoredSnapshot;
  now: Date;
}): Map<string, NodeCheckVerdict[]> {
  const context = { snapshot, platform: detectPlatform(snapshot), credentials: [], now };
  const verdicts = new Map<string, NodeCheckVerdict[]>();
  for (const evaluator of NODE_EVALUATORS) {
    for (const result of evaluator.evaluate(context)) {
      if (result.subject.kind !== "node") continue;
      const list = verdicts.get(result.subject.name) ?? [];
      list.push({
        checkId: result.checkId,
        title: evaluator.check.title,
        status: result.status,
        message: result.message,
      });
      verdicts.set(result.subject.name, list);
    }
  }
  return verdicts;
}

/** The worst verdict (FAIL > UNKNOWN > WARN > … > NOT_APPLICABLE); NOT_APPLICABLE when there is none. */
export function worstVerdict(verdicts: readonly NodeCheckVerdict[]): FindingStatusView {
  let worst: FindingStatusView = "NOT_APPLICABLE";
  for (const verdict of verdicts) {
    if (FINDING_STATUS_ORDER.indexOf(verdict.status) < FINDING_STATUS_ORDER.indexOf(worst)) worst = verdict.status;
  }
  return worst;
}
