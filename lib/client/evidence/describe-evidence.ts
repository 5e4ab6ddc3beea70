import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type {
  EvidencePackStatus,
  EvidencePackView,
  EvidencePreviewView,
  EvidenceScope,
} from "@/lib/shared/evidence-pack-view";

// Audit periods are read in UTC (the days the form sends are UTC days), so they are printed in UTC too.
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const INSTANT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const MAX_NAMED_CLUSTERS = 3;

export interface ScopeNames {
  frameworks: ReadonlyMap<string, string>;
  clusters: ReadonlyMap<string, string>;
}

function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
}

function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${INSTANT.format(date)} UTC`;
}

/** "3 Jan 2026 – 31 Mar 2026", or "as of 3 Dec 2026, 14:05 UTC" for a point-in-time pack. */
export function describePeriod(scope: Pick<EvidenceScope, "from" | "to">): string {
  if (!scope.from) return `as of ${formatInstant(scope.to)}`;
  return `${formatDay(scope.from)} – ${formatDay(scope.to)}`;
}

/** The clusters a scope selects, in words: "whole fleet", "environment Edge · label tier=gold", "2 clusters: a, b". */
export function describeClusterSelection(
  scope: Pick<EvidenceScope, "clusterIds" | "environment" | "site" | "label">,
  clusterNames: ReadonlyMap<string, string>,
): string {
  const parts: string[] = [];
  if (scope.environment) parts.push(`environment ${ENVIRONMENT_LABELS[scope.environment]}`);
  if (scope.site) parts.push(`site ${scope.site}`);
  if (scope.label) parts.push(`label ${scope.label}`);
  if (scope.clusterIds?.length) {
    const names = scope.clusterIds.map((id) => clusterNames.get(id) ?? "a deleted cluster").sort();
    const shown = names.slice(0, MAX_NAMED_CLUSTERS).join(", ");
    const more = names.length > MAX_NAMED_CLUSTERS ? ` and ${names.length - MAX_NAMED_CLUSTERS} more` : "";
    parts.push(`${names.length} ${names.length === 1 ? "cluster" : "clusters"}: ${shown}${more}`);
  }
  return parts.length ? parts.join(" · ") : "whole fleet";
}

/** A stored scope in one line: "ISO/IEC 27001 Annex A · whole fleet · as of 3 Dec 2026, 14:05 UTC". */
export function describeScope(scope: EvidenceScope, names: ScopeNames): string {
  const frameworks = scope.frameworks.map((id) => names.frameworks.get(id) ?? id).join(", ");
  return [frameworks, describeClusterSelection(scope, names.clusters), describePeriod(scope)].join(" · ");
}

const STATUS_TEXT: Record<EvidencePackStatus, { label: string; tone: "info" | "ok" | "danger" }> = {
  queued: { label: "Queued", tone: "info" },
  building: { label: "Building", tone: "info" },
  ready: { label: "Ready", tone: "ok" },
  failed: { label: "Failed", tone: "danger" },
};

export function isPackActive(status: EvidencePackStatus): boolean {
  return status === "queued" || status === "building";
}

/** The status as a badge label and tone, and a sentence for the progress panel. */
export function describePackStatus(pack: Pick<EvidencePackView, "status" | "error">): {
  label: string;
  tone: "info" | "ok" | "danger";
  sentence: string;
} {
  const { label, tone } = STATUS_TEXT[pack.status];
  switch (pack.status) {
    case "queued":
      return { label, tone, sentence: "Waiting for a worker to start building the pack…" };
    case "building":
      return { label, tone, sentence: "Collecting findings, rendering the summary and signing the manifest…" };
    case "ready":
      return { label, tone, sentence: "The pack is signed and ready to download." };
    case "failed":
      return { label, tone, sentence: `The pack could not be built: ${pack.error ?? "no reason was recorded."}` };
  }
}

/** The first 12 hex digits of a SHA-256, enough to tell packs apart on screen ("3f9a0c1b2d4e…"). */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

const COUNT = new Intl.NumberFormat("en-US");

function plural(count: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}

/** The preview's counts as labelled figures, in the order the page shows them. */
export function describePreview(preview: EvidencePreviewView): { label: string; value: string }[] {
  return [
    { label: preview.clusters === 1 ? "cluster" : "clusters", value: COUNT.format(preview.clusters) },
    { label: preview.frameworks === 1 ? "framework" : "frameworks", value: COUNT.format(preview.frameworks) },
    { label: preview.controls === 1 ? "control" : "controls", value: COUNT.format(preview.controls) },
    { label: preview.findings === 1 ? "finding" : "findings", value: COUNT.format(preview.findings) },
    { label: preview.waivers === 1 ? "waiver in force" : "waivers in force", value: COUNT.format(preview.waivers) },
  ];
}

/** The preview in one sentence, for screen readers and the generate button's context. */
export function summarizePreview(preview: EvidencePreviewView): string {
  return [
    plural(preview.clusters, "cluster"),
    plural(preview.frameworks, "framework"),
    plural(preview.controls, "control"),
    plural(preview.findings, "finding"),
    plural(preview.waivers, "waiver in force", "waivers in force"),
  ].join(" · ");
}
