"use client";

import { SegmentedControl } from "@/components/ui/segmented-control";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { COMPARE_DAYS, type HeatmapSettings } from "@/lib/client/fleet/heatmap-settings";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import styles from "./heatmap.module.css";

/** Filters (environment, site, label), mode, order and grouping; the container keeps them in the URL. */
export function HeatmapToolbar({
  settings,
  facets,
  onChange,
}: {
  settings: HeatmapSettings;
  facets: HeatmapView["facets"];
  onChange: (next: Partial<HeatmapSettings>) => void;
}) {
  return (
    <div className={styles.toolbar}>
      <div className={styles.filters} role="search" aria-label="Filter the heatmap">
        <div className="field">
          <label className="field-label" htmlFor="heatmap-search">
            Find cluster
          </label>
          <input
            id="heatmap-search"
            className="input"
            type="search"
            placeholder="Name, site or label"
            value={settings.search}
            onChange={(event) => onChange({ search: event.target.value })}
          />
        </div>
        <FilterSelect
          id="heatmap-environment"
          label="Environment"
          anyLabel="All environments"
          value={settings.environment}
          options={facets.environments.map((environment) => ({
            value: environment,
            label: ENVIRONMENT_LABELS[environment],
          }))}
          onChange={(environment) => onChange({ environment })}
        />
        <FilterSelect
          id="heatmap-site"
          label="Site"
          anyLabel="All sites"
          value={settings.site}
          options={facets.sites.map((site) => ({ value: site, label: site }))}
          onChange={(site) => onChange({ site })}
        />
        <FilterSelect
          id="heatmap-label"
          label="Label"
          anyLabel="Any label"
          value={settings.label}
          options={facets.labels.map((label) => ({ value: label, label }))}
          onChange={(label) => onChange({ label })}
        />
      </div>
      <div className={styles.controls}>
        <SegmentedControl
          label="Columns"
          options={[
            { value: "frameworks", label: "Frameworks" },
            { value: "checks", label: "Seed checks" },
          ]}
          value={settings.mode}
          onChange={(mode) => onChange({ mode })}
        />
        <SegmentedControl
          label="Order"
          options={[
            { value: "name", label: "By name" },
            { value: "worst", label: "Worst first" },
          ]}
          value={settings.sort}
          onChange={(sort) => onChange({ sort })}
        />
        {settings.mode === "frameworks" ? (
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={settings.isComparing}
              onChange={(event) => onChange({ isComparing: event.target.checked })}
            />
            Change since {COMPARE_DAYS} days
          </label>
        ) : null}
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={settings.isGrouped}
            onChange={(event) => onChange({ isGrouped: event.target.checked })}
          />
          Group by environment
        </label>
      </div>
    </div>
  );
}

/** A labelled select whose empty value means "no filter". */
function FilterSelect({
  id,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
