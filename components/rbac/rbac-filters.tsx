"use client";

import { useEffect, useState } from "react";
import { RBAC_RISK_FILTERS, RBAC_RISK_LABELS, type RbacRiskFilter } from "@/lib/shared/rbac-graph-view";
import type { RbacUrlState } from "@/lib/client/rbac/rbac-url-state";
import styles from "./rbac-graph.module.css";

const SEARCH_DELAY_MS = 300;

/** Subject search, namespace and risk; the container keeps them in the URL so a view can be linked. */
export function RbacFilters({
  state,
  namespaces,
  onChange,
}: {
  state: RbacUrlState;
  namespaces: string[];
  onChange: (next: Partial<RbacUrlState>) => void;
}) {
  const [text, setText] = useState(state.subject);
  const [seenSubject, setSeenSubject] = useState(state.subject);
  // The URL changed from elsewhere (Clear filters, back button): show what it says.
  if (state.subject !== seenSubject) {
    setSeenSubject(state.subject);
    if (state.subject !== text.trim()) setText(state.subject);
  }
  useEffect(() => {
    if (text.trim() === state.subject.trim()) return;
    const timer = setTimeout(() => onChange({ subject: text.trim(), focus: "" }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, state.subject, onChange]);

  const namespaceOptions =
    state.namespace && !namespaces.includes(state.namespace) ? [state.namespace, ...namespaces] : namespaces;
  const hasFilters = Boolean(state.namespace || state.subject || state.risk);
  return (
    <div className={styles.filters} role="search" aria-label="Filter the RBAC graph">
      <div className="field">
        <label className="field-label" htmlFor="rbac-subject">
          Subject
        </label>
        <input
          id="rbac-subject"
          type="search"
          className="input"
          placeholder="User, group or service account"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") onChange({ subject: text.trim(), focus: "" });
          }}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="rbac-namespace">
          Namespace
        </label>
        <select
          id="rbac-namespace"
          className="select"
          value={state.namespace}
          onChange={(event) => onChange({ namespace: event.target.value, focus: "" })}
        >
          <option value="">All namespaces</option>
          {namespaceOptions.map((namespace) => (
            <option key={namespace} value={namespace}>
              {namespace}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="rbac-risk">
          Risk
        </label>
        <select
          id="rbac-risk"
          className="select"
          value={state.risk}
          onChange={(event) => onChange({ risk: event.target.value as RbacRiskFilter | "", focus: "" })}
        >
          <option value="">All bindings</option>
          {RBAC_RISK_FILTERS.map((risk) => (
            <option key={risk} value={risk}>
              {risk === "any" ? "Any risk" : RBAC_RISK_LABELS[risk]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn"
        disabled={!hasFilters}
        onClick={() => {
          setText("");
          onChange({ namespace: "", subject: "", risk: "", focus: "" });
        }}
      >
        Clear filters
      </button>
    </div>
  );
}
