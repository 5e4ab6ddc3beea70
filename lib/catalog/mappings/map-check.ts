import type { FrameworkId, Mapping } from "../catalog-types";

/** A set of controls of one framework that a check maps to for the same reason. */
export type MappingGroup =
  | { framework: FrameworkId; provenance: "seed-talk"; controls: readonly string[] }
  | { framework: FrameworkId; provenance: "corrected" | "proposed"; controls: readonly string[]; reason: string };

/** Expands one check's mapping groups into one mapping row per control. */
export function mapCheck(checkId: string, groups: readonly MappingGroup[]): Mapping[] {
  return groups.flatMap((group) =>
    group.controls.map((controlId) => ({
      checkId,
      frameworkId: group.framework,
      controlId,
      provenance: group.provenance,
      ...(group.provenance === "seed-talk" ? {} : { reason: group.reason }),
    })),
  );
}

/** `numbered("5.2", 1, 13)` → `["5.2.1", …, "5.2.13"]`, for runs of CIS recommendations. */
export function numbered(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `${prefix}.${from + index}`);
}
