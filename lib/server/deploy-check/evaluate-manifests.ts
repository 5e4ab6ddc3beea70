import type { Platform } from "@/lib/catalog/catalog-types";
import { EVALUATORS } from "@/lib/server/evaluate/checks";
import type { CheckResult } from "@/lib/server/evaluate/evaluator-types";
import { runEvaluators } from "@/lib/server/evaluate/run-evaluators";
import { buildManifestSnapshot } from "./build-manifest-snapshot";
import type { ManifestObject } from "./parse-manifests";

/**
 * Every Lotse evaluator on the snapshot the manifests describe (see buildManifestSnapshot): what
 * Lotse would report about these objects once they run on a cluster of `platform`. Checks about
 * parts the manifests cannot describe come back UNKNOWN.
 */
export function evaluateManifests({
  objects,
  platform,
  now = new Date(),
}: {
  objects: ManifestObject[];
  platform: Platform;
  now?: Date;
}): CheckResult[] {
  const snapshot = buildManifestSnapshot({ objects });
  return runEvaluators({ snapshot, platform, credentials: [], now }, EVALUATORS);
}
