"use client";

import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";

/** Name search and environment filter; the container keeps both in the URL so views can be linked. */
export function ClusterFilters({
  query,
  environment,
  onChange,
}: {
  query: string;
  environment: string;
  onChange: (next: { query: string; environment: string }) => void;
}) {
  return (
    <div className="filter-bar" role="search" aria-label="Filter clusters">
      <div className="field">
        <label className="field-label" htmlFor="cluster-search">
          Search
        </label>
        <input
          id="cluster-search"
          type="search"
          className="input"
          placeholder="Name, site or label"
          value={query}
          onChange={(event) => onChange({ query: event.target.value, environment })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="cluster-environment">
          Environment
        </label>
        <select
          id="cluster-environment"
          className="select"
          value={environment}
          onChange={(event) => onChange({ query, environment: event.target.value })}
        >
          <option value="">All environments</option>
          {ENVIRONMENTS.map((value) => (
            <option key={value} value={value}>
              {ENVIRONMENT_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
