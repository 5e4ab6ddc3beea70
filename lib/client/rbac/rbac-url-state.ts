import { RBAC_RISK_FILTERS, type RbacGraphFilters, type RbacRiskFilter } from "@/lib/shared/rbac-graph-view";

/** What the RBAC page keeps in its URL, so a view can be linked: filters and the node in focus. */
export interface RbacUrlState {
  namespace: string;
  subject: string;
  risk: RbacRiskFilter | "";
  /** Id of the selected node; empty when none. */
  focus: string;
}

const isRiskFilter = (value: string): value is RbacRiskFilter =>
  (RBAC_RISK_FILTERS as readonly string[]).includes(value);

/** Reads the page's search params; an unknown risk value is ignored rather than sent to the API. */
export function readRbacUrlState(params: { get: (name: string) => string | null }): RbacUrlState {
  const risk = params.get("risk") ?? "";
  return {
    namespace: params.get("namespace")?.trim() ?? "",
    subject: params.get("subject") ?? "",
    risk: isRiskFilter(risk) ? risk : "",
    focus: params.get("focus") ?? "",
  };
}

/** The search string for a state (`?risk=any&subject=ci`), empty values left out; "" when nothing is set. */
export function writeRbacUrlState(state: RbacUrlState): string {
  const params = new URLSearchParams();
  if (state.namespace) params.set("namespace", state.namespace);
  if (state.subject.trim()) params.set("subject", state.subject.trim());
  if (state.risk) params.set("risk", state.risk);
  if (state.focus) params.set("focus", state.focus);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function toRbacFilters(state: RbacUrlState): RbacGraphFilters {
  return {
    namespace: state.namespace || null,
    subject: state.subject.trim() || null,
    risk: state.risk || null,
  };
}

export function hasRbacFilters(state: RbacUrlState): boolean {
  return Boolean(state.namespace || state.subject.trim() || state.risk);
}
