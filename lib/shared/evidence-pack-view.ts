// Evidence packs: the scope a pack covers (zod, shared by the API and the Evidence page) and the
// views the API returns. A pack is a signed, reproducible zip; see lib/server/evidence/README.md.
import { z } from "zod";
import { ENVIRONMENTS } from "./cluster-schemas";
import { FRAMEWORK_IDS } from "./fleet-framework-view";

export const EVIDENCE_PACK_STATUSES = ["queued", "building", "ready", "failed"] as const;
export type EvidencePackStatus = (typeof EVIDENCE_PACK_STATUSES)[number];

/** A period longer than this is refused: packs are per audit period, not the whole history. */
export const MAX_EVIDENCE_PERIOD_DAYS = 400;
export const MAX_EVIDENCE_CLUSTER_IDS = 500;

const isoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO date-time, e.g. 2026-01-01T00:00:00Z" });

const scopeFields = {
  /** 1..7 framework ids, e.g. `iso-27001`. */
  frameworks: z
    .array(z.enum(FRAMEWORK_IDS, "unknown framework"))
    .min(1, "choose at least one framework")
    .max(FRAMEWORK_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, "a framework is listed twice"),
  /** Narrow to these clusters (combined with the other filters: all must match). */
  clusterIds: z.array(z.uuid("not a valid cluster id")).min(1).max(MAX_EVIDENCE_CLUSTER_IDS).optional(),
  environment: z.enum(ENVIRONMENTS).optional(),
  site: z.string().trim().min(1).max(100).optional(),
  /** One label selector `key=value`. */
  label: z
    .string()
    .trim()
    .regex(/^[^=\s]+=[^=\s]*$/, "use key=value")
    .max(400)
    .optional(),
  /** Period start; omitted = a point-in-time pack at `to`. */
  from: isoDateTime.optional(),
  /** Period end ("as of"); omitted = now (the latest state). */
  to: isoDateTime.optional(),
};

function checkPeriod(scope: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (!scope.from) return;
  const from = Date.parse(scope.from);
  const to = scope.to ? Date.parse(scope.to) : Date.now();
  if (from >= to) ctx.addIssue({ code: "custom", path: ["from"], message: "must be before `to` (or now)" });
  else if (to - from > MAX_EVIDENCE_PERIOD_DAYS * 86_400_000) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `the period may span at most ${MAX_EVIDENCE_PERIOD_DAYS} days`,
    });
  }
}

/** Body of `POST /api/v1/evidence-packs`. */
export const evidenceScopeSchema = z.object(scopeFields).strict().superRefine(checkPeriod);
export type EvidenceScopeInput = z.infer<typeof evidenceScopeSchema>;

const commaList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * Query of `GET /api/v1/evidence-packs/preview`: the same scope, with lists comma-separated
 * (`?frameworks=iso-27001,soc2&clusterIds=…,…&environment=edge&from=…`).
 */
export const evidenceScopeQuerySchema = z
  .object({
    ...scopeFields,
    frameworks: z.string().transform(commaList).pipe(scopeFields.frameworks),
    clusterIds: z.string().transform(commaList).pipe(scopeFields.clusterIds.unwrap()).optional(),
  })
  .strict()
  .superRefine(checkPeriod);

/** The query string the preview route expects for a scope (the UI's fetcher uses it). */
export function evidenceScopeToQuery(scope: EvidenceScopeInput): URLSearchParams {
  const query = new URLSearchParams({ frameworks: scope.frameworks.join(",") });
  if (scope.clusterIds?.length) query.set("clusterIds", scope.clusterIds.join(","));
  for (const key of ["environment", "site", "label", "from", "to"] as const) {
    const value = scope[key];
    if (value) query.set(key, value);
  }
  return query;
}

/**
 * The scope as stored with a pack: normalised (frameworks in catalog order, cluster ids sorted) and
 * with `to` resolved to the "as of" instant, so regenerating the stored scope reproduces the pack.
 */
export interface EvidenceScope {
  frameworks: string[];
  clusterIds: string[] | null;
  environment: (typeof ENVIRONMENTS)[number] | null;
  site: string | null;
  label: string | null;
  from: string | null;
  to: string;
}

export interface EvidencePackView {
  id: string;
  status: EvidencePackStatus;
  scope: EvidenceScope;
  /** Label of the user or token that asked for it (e-mail or `token:name`). */
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  /** SHA-256 (hex) of the pack's manifest.json; null until ready. */
  manifestSha256: string | null;
  /** Size of the zip in bytes; null until ready. */
  sizeBytes: number | null;
  /** Why generation failed (status `failed`). */
  error: string | null;
}

export interface EvidencePackListView {
  items: EvidencePackView[];
}

/** What a scope would cover, for the Evidence page's preview before generating. */
export interface EvidencePreviewView {
  clusters: number;
  frameworks: number;
  /** Controls over the chosen frameworks (each framework's controls counted once). */
  controls: number;
  /** Findings (cluster × check × subject states) the pack would list. */
  findings: number;
  /** Waivers in force during the period on the clusters in scope. */
  waivers: number;
}

export interface CreateEvidencePackResult {
  id: string;
}
