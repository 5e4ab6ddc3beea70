import type { EvidencePreviewView, EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { findWaiversInPeriod } from "@/lib/server/store/evidence/find-period-facts";
import { countPeriodStates } from "@/lib/server/store/evidence/find-period-states";
import { resolveEvidenceScope } from "./resolve-evidence-scope";

/** What a pack of this scope would hold (counts only), for the Evidence page before generating. */
export async function previewEvidenceScope({ input }: { input: EvidenceScopeInput }): Promise<EvidencePreviewView> {
  const { catalog } = getEvaluationCatalog();
  const { scope, frameworks, clusters, checkIds } = await resolveEvidenceScope({ catalog, input, isStrict: false });
  const clusterIds = clusters.map((row) => row.id);
  const period = { from: scope.from ? new Date(scope.from) : null, to: new Date(scope.to) };
  const [findings, waivers] = await Promise.all([
    countPeriodStates({ clusterIds, checkIds, period }),
    clusterIds.length === 0 ? Promise.resolve([]) : findWaiversInPeriod({ clusterIds, checkIds, period }),
  ]);
  return {
    clusters: clusters.length,
    frameworks: frameworks.length,
    controls: frameworks.reduce((total, framework) => total + framework.controls.length, 0),
    findings,
    waivers: waivers.length,
  };
}
