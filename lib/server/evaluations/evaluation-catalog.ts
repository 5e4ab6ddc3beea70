import type { Catalog, FindingStatus } from "@/lib/catalog/catalog-types";
import { CATALOG } from "@/lib/catalog/catalog";
import { scoreFrameworks } from "@/lib/catalog/scoring";
import { assertValidCatalog } from "@/lib/catalog/validate-catalog";
import { EVALUATORS } from "@/lib/server/evaluate/checks";
import type { EvaluationCatalog } from "./evaluate-cluster";

/** Stored with each evaluation: finding counts and each framework's score and control counts. */
export function summarizeFindings(catalog: Catalog, findings: { checkId: string; status: FindingStatus }[]) {
  return {
    findings: countByStatus(findings),
    frameworks: Object.fromEntries(
      scoreFrameworks({ catalog, findings }).map(({ frameworkId, score, counts }) => [
        frameworkId,
        { score, ...counts },
      ]),
    ),
  };
}

let cached: (EvaluationCatalog & { catalog: Catalog }) | undefined;

function countByStatus(findings: { status: FindingStatus }[]): Partial<Record<FindingStatus, number>> {
  const counts: Partial<Record<FindingStatus, number>> = {};
  for (const { status } of findings) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/**
 * The catalog and evaluators Lotse runs, validated once per process (an invalid catalog stops the
 * process with a readable error rather than producing wrong scores).
 */
export function getEvaluationCatalog(): EvaluationCatalog & { catalog: Catalog } {
  if (!cached) {
    assertValidCatalog(CATALOG);
    cached = {
      catalog: CATALOG,
      version: CATALOG.version,
      evaluators: EVALUATORS,
      summarize: (findings) => summarizeFindings(CATALOG, findings),
    };
  }
  return cached;
}
