import { z } from "zod";
import { AppError } from "@/lib/server/http/app-error";
import type { ImportedStatus } from "@/lib/shared/import-view";
import { shapeError } from "./describe-shape-error";
import { clip, type ParsedResult, type ParsedScan } from "./parsed-scan";

// `trivy k8s --compliance <spec> --format json`: { ID, Title, Version?, Results: [{ ID, Name,
// Severity, Results: [{ Target, MisconfSummary, Misconfigurations: [{ ID, Status, Message }] }] }] }
// (--report all), or { ID, Title, SummaryControls: [{ ID, Name, Severity, TotalFail? }] }
// (--report summary; TotalFail is absent for manual controls).

const misconfigurationSchema = z.looseObject({
  ID: z.string().optional(),
  Status: z.string().max(20).optional(),
  Message: z.string().optional(),
});

const targetSchema = z.looseObject({
  Target: z.string().optional(),
  MisconfSummary: z.looseObject({ Successes: z.number().optional(), Failures: z.number().optional() }).optional(),
  Misconfigurations: z.array(misconfigurationSchema).nullable().optional(),
});

const controlSchema = z.looseObject({
  ID: z.string().min(1).max(40),
  Name: z.string().max(10_000),
  Severity: z.string().max(20).optional(),
  Results: z.array(targetSchema).nullable().optional(),
});

const reportSchema = z.looseObject({
  ID: z.string().max(200).optional(),
  Title: z.string().max(1_000).optional(),
  Version: z.string().max(100).optional(),
  Results: z.array(controlSchema).max(5_000).nullable().optional(),
  SummaryControls: z
    .array(
      z.looseObject({
        ID: z.string().min(1).max(40),
        Name: z.string().max(10_000),
        Severity: z.string().max(20).optional(),
        TotalFail: z.number().int().min(0).nullable().optional(),
      }),
    )
    .max(5_000)
    .optional(),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A Trivy compliance report: a spec id plus per-control results or summaries. */
export function isTrivyComplianceReport(document: unknown): boolean {
  if (!isObject(document)) return false;
  if (Array.isArray(document.SummaryControls)) return true;
  return typeof document.ID === "string" && "Results" in document && "Title" in document;
}

/** A plain `trivy k8s --format json` report (resources with misconfigurations, no compliance spec). */
export function isTrivyK8sReport(document: unknown): boolean {
  return isObject(document) && "ClusterName" in document && ("Resources" in document || "Findings" in document);
}

function controlStatus(targets: z.infer<typeof targetSchema>[]): { status: ImportedStatus; detail: string | null } {
  const failed: string[] = [];
  let passes = 0;
  for (const target of targets) {
    passes += target.MisconfSummary?.Successes ?? 0;
    const misconfigurations = target.Misconfigurations ?? [];
    for (const misconfiguration of misconfigurations) {
      if (misconfiguration.Status?.toUpperCase() === "FAIL") failed.push(target.Target ?? misconfiguration.ID ?? "?");
      else if (misconfiguration.Status?.toUpperCase() === "PASS") passes++;
    }
    if ((target.MisconfSummary?.Failures ?? 0) > 0 && misconfigurations.length === 0) failed.push(target.Target ?? "?");
  }
  if (failed.length > 0) {
    const names = [...new Set(failed)];
    return {
      status: "FAIL",
      detail: `failed on ${names.length} target(s): ${names.slice(0, 10).join(", ")}${names.length > 10 ? ", …" : ""}`,
    };
  }
  if (passes > 0) return { status: "PASS", detail: `${passes} passing result(s)` };
  return { status: "UNKNOWN", detail: "Trivy reported no result for this control (manual, or nothing scanned)" };
}

export function parseTrivyCompliance(document: unknown): ParsedScan {
  const parsed = reportSchema.safeParse(document);
  if (!parsed.success) throw shapeError("Trivy compliance", parsed.error);
  const report = parsed.data;
  const results: ParsedResult[] = [];
  if (report.SummaryControls) {
    for (const control of report.SummaryControls) {
      const totalFail = control.TotalFail;
      const status: ImportedStatus =
        totalFail === undefined || totalFail === null ? "UNKNOWN" : totalFail > 0 ? "FAIL" : "PASS";
      results.push({
        externalId: control.ID,
        cisId: control.ID,
        title: clip(control.Name) ?? control.ID,
        status,
        rawStatus: totalFail === undefined || totalFail === null ? "-" : `TotalFail=${totalFail}`,
        severity: control.Severity?.toLowerCase() ?? null,
        remediation: null,
        detail: null,
      });
    }
  } else {
    for (const control of report.Results ?? []) {
      const { status, detail } = controlStatus(control.Results ?? []);
      results.push({
        externalId: control.ID,
        cisId: control.ID,
        title: clip(control.Name) ?? control.ID,
        status,
        rawStatus: status === "UNKNOWN" ? "-" : status,
        severity: control.Severity?.toLowerCase() ?? null,
        remediation: null,
        detail,
      });
    }
  }
  const benchmark = report.ID ?? null;
  if (benchmark && !/cis/i.test(benchmark)) {
    throw new AppError(
      "bad_request",
      `This Trivy compliance report is for "${benchmark}"; Lotse imports the CIS Kubernetes reports (e.g. --compliance k8s-cis-1.23).`,
    );
  }
  // Note: Trivy does not write its own version into compliance reports; `Version` is the spec's.
  return { tool: "trivy", toolVersion: null, benchmark, isCis110: false, results };
}
