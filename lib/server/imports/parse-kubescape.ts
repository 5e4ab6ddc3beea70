import { z } from "zod";
import type { ImportedStatus } from "@/lib/shared/import-view";
import { shapeError } from "./describe-shape-error";
import { clip, type ParsedResult, type ParsedScan } from "./parsed-scan";

// `kubescape scan framework cis-v1.10.0 --format json`: summaryDetails.controls is a map
// controlID → { controlID, name, status | statusInfo.status, scoreFactor }; CIS frameworks name
// each control "CIS-1.1.1 Ensure that …". summaryDetails.frameworks[] names the framework run.

const statusSchema = z.union([z.string().max(40), z.looseObject({ status: z.string().max(40).optional() })]);

const controlSchema = z.looseObject({
  controlID: z.string().min(1).max(40),
  name: z.string().max(10_000),
  status: statusSchema.optional(),
  statusInfo: z.looseObject({ status: z.string().max(40).optional(), info: z.string().optional() }).optional(),
  scoreFactor: z.number().optional(),
});

const reportSchema = z.looseObject({
  clientInfo: z.looseObject({ version: z.string().max(100).optional() }).optional(),
  metadata: z.looseObject({}).optional(),
  summaryDetails: z.looseObject({
    controls: z.record(z.string(), controlSchema),
    frameworks: z
      .array(z.looseObject({ name: z.string().max(200).optional(), version: z.string().max(100).optional() }))
      .optional()
      .nullable(),
  }),
});

const STATUSES: Record<string, ImportedStatus> = {
  passed: "PASS",
  failed: "FAIL",
  warning: "WARN",
  // An exception policy excluded the failing resources: someone must review it.
  excluded: "WARN",
  skipped: "UNKNOWN",
  irrelevant: "UNKNOWN",
};

/** A Kubescape JSON report: `summaryDetails.controls` keyed by control id. */
export function isKubescapeReport(document: unknown): boolean {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return false;
  return "summaryDetails" in document;
}

function statusOf(control: z.infer<typeof controlSchema>): string {
  if (typeof control.status === "string") return control.status;
  return control.status?.status ?? control.statusInfo?.status ?? "unknown";
}

function scoreSeverity(scoreFactor: number | undefined): string | null {
  if (scoreFactor === undefined) return null;
  if (scoreFactor >= 9) return "critical";
  if (scoreFactor >= 7) return "high";
  if (scoreFactor >= 4) return "medium";
  return "low";
}

export function parseKubescape(document: unknown): ParsedScan {
  const parsed = reportSchema.safeParse(document);
  if (!parsed.success) throw shapeError("Kubescape", parsed.error);
  const report = parsed.data;
  const results: ParsedResult[] = Object.values(report.summaryDetails.controls)
    .sort((a, b) => a.controlID.localeCompare(b.controlID))
    .map((control) => {
      const rawStatus = statusOf(control);
      const cis = /^CIS-(\d+(?:\.\d+)+)\s+(.*)$/s.exec(control.name.trim());
      return {
        externalId: control.controlID,
        cisId: cis?.[1] ?? null,
        title: clip(cis?.[2] ?? control.name) ?? control.controlID,
        status: STATUSES[rawStatus.toLowerCase()] ?? "UNKNOWN",
        rawStatus,
        severity: scoreSeverity(control.scoreFactor),
        remediation: null,
        detail: clip(control.statusInfo?.info),
      };
    });
  const frameworks = (report.summaryDetails.frameworks ?? []).map((framework) => framework.name).filter(Boolean);
  const meta = report.metadata as { scanMetadata?: { kubescapeVersion?: unknown } } | undefined;
  const version = report.clientInfo?.version ?? meta?.scanMetadata?.kubescapeVersion;
  return {
    tool: "kubescape",
    toolVersion: typeof version === "string" ? clip(version) : null,
    benchmark: frameworks.join(", ") || null,
    isCis110: false,
    results,
  };
}
