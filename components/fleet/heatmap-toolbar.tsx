"use client";

import { SegmentedControl } from "@/components/ui/segmented-control";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type { HeatmapSettings } from "@/lib/client/fleet/heatmap-settings";
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
          <label className="field-label" htmlFor="heatmap-environment">
            Environment
          </label>
          <select
            id="heatmap-environment"
            className="select"
            value={settings.environment}
            onChange={(event) => onChange({ environment: event.target.value })}
          >
            <option value="">All environments</option>
            {facets.environments.map((environment) => (
              <option key={environment} value={environment}>
                {ENVIRONMENT_LABELS[environment]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="heatmap-site">
            Site
          </label>
          <select
            id="heatmap-site"
            className="select"
            value={settings.site}
            onChange={(event) => onChange({ site: event.target.value })}
          >
            <option value="">All sites</option>
            {facets.sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="heatmap-label">
            Label
          </label>
          <select
            id="heatmap-label"
            className="select"
            value={settings.label}
            onChange={(event) => onChange({ label: event.target.value })}
          >
            <option value="">Any label</option>
            {facets.labels.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
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
