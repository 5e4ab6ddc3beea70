import type { WaiverView } from "@/lib/shared/waiver-view";

export type WaiverFilter = WaiverView["state"] | "all";

export const WAIVER_FILTERS: readonly { value: WaiverFilter; label: string }[] = [
  { value: "active", label: "In force" },
  { value: "expired", label: "Expired" },
  { value: "revoked", label: "Revoked" },
  { value: "all", label: "All" },
];

export function parseWaiverFilter(value: string | null): WaiverFilter {
  return WAIVER_FILTERS.some((filter) => filter.value === value) ? (value as WaiverFilter) : "active";
}

/** Where a waiver applies, in words: "All clusters", "north-pier-01 · namespace payments". */
export function describeWaiverScope(
  waiver: Pick<WaiverView, "clusterId" | "clusterName" | "namespace" | "node">,
): string {
  const cluster = waiver.clusterId ? (waiver.clusterName ?? "a deleted cluster") : "All clusters";
  const parts = [cluster];
  if (waiver.namespace) parts.push(`namespace ${waiver.namespace}`);
  if (waiver.node) parts.push(`node ${waiver.node}`);
  return parts.join(" · ");
}

const DAY_MS = 86_400_000;

/** Days until an active waiver expires (rounded up); null once it no longer applies. */
export function daysLeft(waiver: Pick<WaiverView, "state" | "expiresAt">, now: number): number | null {
  if (waiver.state !== "active") return null;
  return Math.max(0, Math.ceil((new Date(waiver.expiresAt).getTime() - now) / DAY_MS));
}

/** The register for one filter: soonest expiry first for waivers in force, newest first otherwise. */
export function selectWaivers(waivers: readonly WaiverView[], filter: WaiverFilter): WaiverView[] {
  const shown = filter === "all" ? [...waivers] : waivers.filter((waiver) => waiver.state === filter);
  return shown.sort((a, b) =>
    filter === "active" ? a.expiresAt.localeCompare(b.expiresAt) : b.createdAt.localeCompare(a.createdAt),
  );
}

export function countByState(waivers: readonly WaiverView[]): Record<WaiverFilter, number> {
  const counts: Record<WaiverFilter, number> = { active: 0, expired: 0, revoked: 0, all: waivers.length };
  for (const waiver of waivers) counts[waiver.state]++;
  return counts;
}

/** A date input's value (YYYY-MM-DD) as the end of that day in UTC, which is when the waiver stops. */
export function expiryFromDateInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T23:59:59Z`);
  // Invalid days (2027-02-30) roll over in Date; refuse them instead.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date.toISOString();
}

/** YYYY-MM-DD of `now` plus `days`, in UTC, for the date input's default, min and max. */
export function dateInputValue(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}
