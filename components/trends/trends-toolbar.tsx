"use client";

import { SegmentedControl } from "@/components/ui/segmented-control";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import { TREND_RANGES, type TrendRange, type TrendsSettings } from "@/lib/client/trends/trends-settings";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import styles from "./trends.module.css";

export interface TrendScopeOption {
  id: string;
  name: string;
}

/** Range, framework and scope (fleet, an environment or one cluster); the container keeps them in the URL. */
export function TrendsToolbar({
  settings,
  frameworks,
  clusters,
  onChange,
}: {
  settings: TrendsSettings;
  frameworks: readonly { id: string; name: string }[];
  /** null: no scope picker (the panel on a cluster's page). */
  clusters: readonly TrendScopeOption[] | null;
  onChange: (next: Partial<TrendsSettings>) => void;
}) {
  const scopeValue = settings.clusterId
    ? `cluster:${settings.clusterId}`
    : settings.environment
      ? `environment:${settings.environment}`
      : "";
  function changeScope(value: string) {
    const [kind, id = ""] = value.split(/:(.*)/s);
    onChange({ clusterId: kind === "cluster" ? id : "", environment: kind === "environment" ? id : "" });
  }
  return (
    <div className={styles.toolbar}>
      <div className={styles.filters}>
        <div className="field">
          <label className="field-label" htmlFor="trends-framework">
            Framework
          </label>
          <select
            id="trends-framework"
            className="select"
            value={settings.framework}
            onChange={(event) => onChange({ framework: event.target.value })}
          >
            {frameworks.map((framework) => (
              <option key={framework.id} value={framework.id}>
                {framework.name}
              </option>
            ))}
          </select>
        </div>
        {clusters ? (
          <div className="field">
            <label className="field-label" htmlFor="trends-scope">
              Scope
            </label>
            <select
              id="trends-scope"
              className="select"
              value={scopeValue}
              onChange={(event) => changeScope(event.target.value)}
            >
              <option value="">Whole fleet</option>
              <optgroup label="Environment">
                {ENVIRONMENTS.map((environment) => (
                  <option key={environment} value={`environment:${environment}`}>
                    {ENVIRONMENT_LABELS[environment]}
                  </option>
                ))}
              </optgroup>
              {clusters.length > 0 ? (
                <optgroup label="Cluster">
                  {clusters.map((cluster) => (
                    <option key={cluster.id} value={`cluster:${cluster.id}`}>
                      {cluster.name}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
        ) : null}
      </div>
      <SegmentedControl
        label="Range"
        options={TREND_RANGES.map((range: TrendRange) => ({
          value: String(range),
          label: range === 365 ? "1 year" : `${range} days`,
        }))}
        value={String(settings.range)}
        onChange={(value) => onChange({ range: Number(value) as TrendRange })}
      />
    </div>
  );
}
