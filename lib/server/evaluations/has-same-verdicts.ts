import type { FindingStatus } from "@/lib/catalog/catalog-types";

interface Verdict {
  checkId: string;
  subjectKey: string;
  status: FindingStatus;
  rawStatus: FindingStatus;
  waiverId: string | null;
}

const keyOf = (verdict: Verdict) => `${verdict.checkId}\u0000${verdict.subjectKey}`;
const valueOf = (verdict: Verdict) => `${verdict.status} ${verdict.rawStatus} ${verdict.waiverId ?? ""}`;

/**
 * True when the new findings name exactly the subjects of the open states, each with the same
 * status, raw status and waiver. A subject listed twice counts once (the first verdict), as
 * recordEvaluation stores it.
 */
export function hasSameVerdicts({
  open,
  findings,
}: {
  open: readonly Verdict[];
  findings: readonly Verdict[];
}): boolean {
  const current = new Map(open.map((verdict) => [keyOf(verdict), valueOf(verdict)]));
  const seen = new Set<string>();
  for (const finding of findings) {
    const key = keyOf(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    if (current.get(key) !== valueOf(finding)) return false;
  }
  return seen.size === current.size;
}
