import type { CheckDefinition } from "@/lib/catalog/catalog-types";

// Which Lotse check an imported CIS result answers. Scanners number CIS recommendations by the
// benchmark version they ran, and numbers move between versions (1.2.x did between 1.23 and 1.10).
// So a number is trusted only when the file says it ran CIS 1.10 (kube-bench `cis-1.10`);
// otherwise the scanner's title must also match the catalog's, or the result stays unmapped.

const PREFIXES = /^(ensure that the |ensure that |ensure the |ensure |verify that the |verify that )/;

/** A title reduced to its words: lower case, no "Ensure that", no (Automated)/(Manual), no punctuation. */
export function normalizeCisTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\((automated|manual|scored|not scored)\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIXES, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && word !== "the")
    .join(" ");
}

export interface CisMapping {
  checkId: string | null;
  /** Why the result is (not) mapped; shown in the import's details. */
  reason: string;
}

/** Maps one imported result to `cis.<id>` by the rules above. */
export function mapCisCheck({
  cisId,
  title,
  isCis110,
  checks,
}: {
  cisId: string | null;
  title: string;
  isCis110: boolean;
  checks: ReadonlyMap<string, CheckDefinition>;
}): CisMapping {
  if (!cisId) return { checkId: null, reason: "the result names no CIS recommendation" };
  const check = checks.get(`cis.${cisId}`);
  if (!check) return { checkId: null, reason: `CIS 1.10 has no recommendation ${cisId}` };
  if (isCis110) return { checkId: check.id, reason: "CIS 1.10 number (the file ran cis-1.10)" };
  if (normalizeCisTitle(title) === normalizeCisTitle(check.title)) {
    return { checkId: check.id, reason: "same number and title as CIS 1.10" };
  }
  return {
    checkId: null,
    reason: `${cisId} has another title in CIS 1.10 ("${check.title}"); numbering differs between benchmark versions`,
  };
}
