/** Where a mapping check → control comes from, in words. */
export const PROVENANCE_LABELS: Record<string, string> = {
  "seed-talk": "Seed talk",
  corrected: "Corrected",
  proposed: "Proposed",
  benchmark: "Benchmark",
};

const PROVENANCE_MEANINGS: Record<string, string> = {
  "seed-talk": "As the TalosCon 2025 talk mapped it.",
  corrected: "The talk's mapping, fixed.",
  proposed: "Lotse's own mapping.",
  benchmark: "The check is the benchmark's own recommendation.",
};

export function provenanceLabel(provenance: string): string {
  return PROVENANCE_LABELS[provenance] ?? provenance;
}

/** The provenance explained, with the mapping's reason when it has one. */
export function describeProvenance({ provenance, reason }: { provenance: string; reason: string | null }): string {
  const meaning = PROVENANCE_MEANINGS[provenance] ?? "";
  return reason ? `${meaning} ${reason}`.trim() : meaning;
}
