import type { CheckDefinition, Mapping } from "../catalog-types";

/**
 * Every `cis.*` check is the benchmark's own recommendation, so it maps to the `cis-k8s` control with
 * the same id. Derived from the check definitions rather than listed, so a new CIS check is mapped
 * the moment it is defined (the control id comes from `cis.id`, falling back to the check id).
 */
export function benchmarkMappings(checks: readonly CheckDefinition[]): Mapping[] {
  return checks
    .filter((check) => check.group === "cis")
    .map((check) => ({
      checkId: check.id,
      frameworkId: "cis-k8s",
      controlId: check.cis?.id ?? check.id.replace(/^cis\./, ""),
      provenance: "benchmark",
    }));
}
