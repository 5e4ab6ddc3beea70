import type { ControlStatusView } from "@/lib/shared/framework-view";
import { CONTROL_STATUS_ORDER } from "./status-display";

/** A framework view's control filters, as kept in the page URL (`?status=FAIL&q=ac-6`). */
export interface ControlFilter {
  status: ControlStatusView | null;
  query: string;
}

export function parseControlFilter(params: { get: (name: string) => string | null }): ControlFilter {
  const status = (params.get("status") ?? "").toUpperCase();
  return {
    status: (CONTROL_STATUS_ORDER as readonly string[]).includes(status) ? (status as ControlStatusView) : null,
    query: params.get("q")?.trim() ?? "",
  };
}

/** `current` with the control filters replaced; other parameters (environment) are kept. */
export function withControlFilter(current: URLSearchParams, filter: ControlFilter): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete("status");
  next.delete("q");
  if (filter.status) next.set("status", filter.status);
  if (filter.query.trim()) next.set("q", filter.query.trim());
  return next;
}

/** Letters and digits only, so "ac6", "AC-6" and "ac 6" find the same control. */
const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * The controls that match: the status (as `statusOf` reads it) and a search over the control's id
 * and title (id without punctuation, title by words).
 */
export function selectControls<T extends { id: string; title: string }>(
  controls: readonly T[],
  filter: ControlFilter,
  statusOf: (control: T) => ControlStatusView | null,
): T[] {
  const query = filter.query.trim().toLowerCase();
  const folded = fold(query);
  return controls.filter((control) => {
    if (filter.status && statusOf(control) !== filter.status) return false;
    if (!query) return true;
    return (
      (folded !== "" && fold(control.id).includes(folded)) ||
      control.id.toLowerCase().includes(query) ||
      control.title.toLowerCase().includes(query)
    );
  });
}

/** How many controls have each status (for the filter's counts). */
export function countControls<T>(
  controls: readonly T[],
  statusOf: (control: T) => ControlStatusView | null,
): Partial<Record<ControlStatusView, number>> {
  const counts: Partial<Record<ControlStatusView, number>> = {};
  for (const control of controls) {
    const status = statusOf(control);
    if (status) counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}
