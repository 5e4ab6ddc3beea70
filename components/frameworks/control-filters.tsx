"use client";

import { useId, useState } from "react";
import { StatusIcon } from "@/components/findings/status-icon";
import type { ControlFilter } from "@/lib/client/frameworks/control-filter";
import { CONTROL_STATUS_ORDER, STATUS_DISPLAY } from "@/lib/client/frameworks/status-display";
import type { ControlStatusView } from "@/lib/shared/framework-view";
import styles from "./frameworks.module.css";

/** Status (one, or all) and a search over control ids and titles; statuses no control has are left out. */
export function ControlFilters({
  filter,
  counts,
  total,
  shown,
  statusLabel = "Status",
  onChange,
}: {
  filter: ControlFilter;
  counts: Partial<Record<ControlStatusView, number>>;
  total: number;
  shown: number;
  statusLabel?: string;
  onChange: (filter: ControlFilter) => void;
}) {
  const id = useId();
  // Typing stays in local state so the field never lags behind the URL it updates.
  const [query, setQuery] = useState(filter.query);
  const statuses = CONTROL_STATUS_ORDER.filter((status) => counts[status] || filter.status === status);
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter controls">
      <div className={`field ${styles.search}`}>
        <label className="field-label" htmlFor={`${id}-q`}>
          Search controls
        </label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          placeholder="Control id or title, e.g. AC-6"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            onChange({ ...filter, query: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <span className="field-label" id={`${id}-status`}>
          {statusLabel}
        </span>
        <div className={styles.statusFilter} role="group" aria-labelledby={`${id}-status`}>
          <button
            type="button"
            className={styles.statusOption}
            aria-pressed={filter.status === null}
            onClick={() => onChange({ ...filter, status: null })}
          >
            All <span className={styles.optionCount}>{total}</span>
          </button>
          {statuses.map((status) => (
            <button
              key={status}
              type="button"
              className={styles.statusOption}
              aria-pressed={filter.status === status}
              onClick={() => onChange({ ...filter, status })}
            >
              <StatusIcon status={status} size={12} />
              {STATUS_DISPLAY[status].label} <span className={styles.optionCount}>{counts[status] ?? 0}</span>
            </button>
          ))}
        </div>
      </div>
      <p className={styles.resultCount} aria-live="polite">
        {shown === total ? `${total} controls` : `${shown} of ${total} controls`}
      </p>
    </div>
  );
}
