"use client";

import { useId } from "react";
import { STATUS_DISPLAY } from "@/lib/client/frameworks/status-display";
import type { FindingFacets } from "@/lib/client/findings/describe-finding";
import {
  isFiltered,
  NO_FINDINGS_FILTER,
  toggleStatus,
  type FindingsFilter,
} from "@/lib/client/findings/findings-filter";
import { FINDING_STATUS_ORDER } from "@/lib/shared/finding-view";
import { StatusIcon } from "./status-icon";
import styles from "./findings.module.css";

/** Framework, status, check and namespace filters; the page keeps them in its URL. */
export function FindingsFilters({
  filter,
  facets,
  frameworks,
  onChange,
}: {
  filter: FindingsFilter;
  /** What the cluster's unfiltered findings contain (null while they load). */
  facets: FindingFacets | null;
  frameworks: { id: string; name: string }[];
  onChange: (filter: FindingsFilter) => void;
}) {
  const id = useId();
  const checks = facets?.checks ?? [];
  const namespaces = facets?.namespaces ?? [];
  return (
    <div className={styles.filters} role="search" aria-label="Filter findings">
      <div className={styles.filterFields}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-framework`}>
            Framework
          </label>
          <select
            id={`${id}-framework`}
            className="select"
            value={filter.framework ?? ""}
            onChange={(event) => onChange({ ...filter, framework: event.target.value || null })}
          >
            <option value="">All frameworks</option>
            {frameworks.map((framework) => (
              <option key={framework.id} value={framework.id}>
                {framework.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-check`}>
            Check
          </label>
          <select
            id={`${id}-check`}
            className="select"
            value={filter.check ?? ""}
            onChange={(event) => onChange({ ...filter, check: event.target.value || null })}
          >
            <option value="">All checks</option>
            {filter.check && !checks.some((check) => check.id === filter.check) ? (
              <option value={filter.check}>{filter.check}</option>
            ) : null}
            {checks.map((check) => (
              <option key={check.id} value={check.id}>
                {check.id} — {check.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-namespace`}>
            Namespace
          </label>
          <select
            id={`${id}-namespace`}
            className="select"
            value={filter.namespace ?? ""}
            onChange={(event) => onChange({ ...filter, namespace: event.target.value || null })}
          >
            <option value="">All namespaces</option>
            {filter.namespace && !namespaces.includes(filter.namespace) ? (
              <option value={filter.namespace}>{filter.namespace}</option>
            ) : null}
            {namespaces.map((namespace) => (
              <option key={namespace} value={namespace}>
                {namespace}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={styles.statusRow}>
        <div className={styles.statusToggles} role="group" aria-label="Status">
          {FINDING_STATUS_ORDER.map((status) => {
            const display = STATUS_DISPLAY[status];
            const count = facets?.byStatus[status] ?? 0;
            return (
              <button
                key={status}
                type="button"
                className={styles.statusToggle}
                aria-pressed={filter.statuses.includes(status)}
                onClick={() => onChange(toggleStatus(filter, status))}
                data-tone={display.tone}
              >
                <StatusIcon status={status} size={12} />
                {display.label}
                <span className={styles.toggleCount}>{count}</span>
              </button>
            );
          })}
        </div>
        {isFiltered(filter) ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(NO_FINDINGS_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}
