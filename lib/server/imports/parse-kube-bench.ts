import { z } from "zod";
import type { ImportedStatus } from "@/lib/shared/import-view";
import { shapeError } from "./describe-shape-error";
import { clip, type ParsedResult, type ParsedScan } from "./parsed-scan";

// `kube-bench --json`: { Controls: [{ version, node_type, tests: [{ section, results: [{ test_number,
// test_desc, status, remediation, scored, actual_value, reason }] }] }], Totals }. Older releases
// wrote the Controls array alone. Only the fields Lotse uses are checked; others pass through.

const resultSchema = z.looseObject({
  test_number: z.string().min(1).max(40),
  test_desc: z.string().max(10_000),
  status: z.string().max(20),
  remediation: z.string().optional().nullable(),
  scored: z.boolean().optional(),
  actual_value: z.string().optional().nullable(),
  reason: z.string().optional().nullable(),
  expected_result: z.string().optional().nullable(),
});

const controlsSchema = z
  .array(
    z.looseObject({
      id: z.string().optional(),
      version: z.string().max(100).optional(),
      detected_version: z.string().max(100).optional(),
      node_type: z.string().max(100).optional(),
      tests: z.array(z.looseObject({ section: z.string().optional(), results: z.array(resultSchema).nullable() })),
    }),
  )
  .max(100);

const STATUSES: Record<string, ImportedStatus> = { PASS: "PASS", FAIL: "FAIL", WARN: "WARN", INFO: "UNKNOWN" };

/** kube-bench's output: an object with `Controls`, or (older releases) the bare array of controls. */
export function isKubeBenchReport(document: unknown): boolean {
  const controls = Array.isArray(document)
    ? document
    : typeof document === "object" && document !== null && "Controls" in document
      ? (document as { Controls: unknown }).Controls
      : null;
  if (!Array.isArray(controls)) return controls !== null;
  return controls.every((control) => typeof control === "object" && control !== null && "tests" in control);
}

export function parseKubeBench(document: unknown): ParsedScan {
  const raw = Array.isArray(document) ? document : (document as { Controls: unknown }).Controls;
  const parsed = controlsSchema.safeParse(raw);
  if (!parsed.success) throw shapeError("kube-bench", parsed.error);
  const versions = [...new Set(parsed.data.map((control) => control.version).filter((v): v is string => !!v))];
  const benchmark = versions.join(", ") || null;
  const results: ParsedResult[] = [];
  for (const control of parsed.data) {
    for (const test of control.tests) {
      for (const result of test.results ?? []) {
        const status = STATUSES[result.status.toUpperCase()];
        const detail = [result.actual_value, result.reason].map(clip).filter(Boolean).join(" — ");
        results.push({
          externalId: result.test_number,
          cisId: result.test_number,
          title: clip(result.test_desc) ?? result.test_number,
          status: status ?? "UNKNOWN",
          rawStatus: result.status,
          severity: result.scored === undefined ? null : result.scored ? "scored" : "not scored",
          remediation: clip(result.remediation),
          detail: detail || null,
        });
      }
    }
  }
  return {
    tool: "kube-bench",
    // kube-bench does not write its own version into the JSON.
    toolVersion: null,
    benchmark,
    isCis110: versions.length === 1 && versions[0] === "cis-1.10",
    results,
  };
}
