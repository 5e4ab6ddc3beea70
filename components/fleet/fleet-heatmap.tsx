"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { arrangeHeatmap, summarizeHeatmap } from "@/lib/client/fleet/arrange-heatmap";
import {
  COMPARE_DAYS,
  readHeatmapSettings,
  writeHeatmapSettings,
  type HeatmapSettings,
} from "@/lib/client/fleet/heatmap-settings";
import { useHeatmap } from "@/lib/client/fleet/use-heatmap";
import type { HeatmapView } from "@/lib/shared/heatmap-view";
import { HeatmapGrid } from "./heatmap-grid";
import { HeatmapLegend } from "./heatmap-legend";
import { HeatmapToolbar } from "./heatmap-toolbar";

/** The fleet heatmap (home page): every cluster × framework or seed check, filters and order in the URL. */
export function FleetHeatmap({ isAdmin }: { isAdmin: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const settings = readHeatmapSettings(new URLSearchParams(params));
  const heatmap = useHeatmap({
    environment: settings.environment,
    site: settings.site,
    label: settings.label,
    ...(settings.isComparing ? { compare: COMPARE_DAYS } : {}),
  });
  const [now] = useState(() => Date.now());

  function change(next: Partial<HeatmapSettings>) {
    const query = writeHeatmapSettings({ ...settings, ...next });
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  if (heatmap.isPending) return <LoadingState label="Loading the fleet heatmap…" />;
  if (heatmap.isError) {
    return (
      <ErrorState
        title="The heatmap could not be loaded"
        error={heatmap.error}
        onRetry={() => void heatmap.refetch()}
      />
    );
  }
  const isFiltered = Boolean(settings.environment || settings.site || settings.label);
  if (heatmap.data.clusters.length === 0 && !isFiltered) {
    return (
      <EmptyState icon="fleet" title="No clusters yet">
        <p>
          {isAdmin ? "Add one under " : "An admin adds one under "}
          <strong>Settings → Clusters</strong>, or run <code>npm run demo</code> for a{" "}
          <span className="nowrap">simulated 30-cluster fleet</span>.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <HeatmapSummary view={heatmap.data} />
      <HeatmapToolbar settings={settings} facets={heatmap.data.facets} onChange={change} />
      {heatmap.data.clusters.length === 0 ? (
        <EmptyState icon="fleet" title="No cluster matches these filters">
          <p>Choose another environment, site or label.</p>
        </EmptyState>
      ) : (
        <HeatmapSection view={heatmap.data} settings={settings} now={now} />
      )}
    </div>
  );
}

function HeatmapSection({ view, settings, now }: { view: HeatmapView; settings: HeatmapSettings; now: number }) {
  const arranged = arrangeHeatmap({
    view,
    mode: settings.mode,
    sort: settings.sort,
    isGrouped: settings.isGrouped,
    search: settings.search,
    now,
  });
  if (arranged.groups.every((group) => group.rows.length === 0)) {
    return (
      <EmptyState icon="fleet" title={`No cluster name, site or label contains “${settings.search.trim()}”`}>
        <p>Clear the search or try another part of the name.</p>
      </EmptyState>
    );
  }
  return (
    <section className="card card-body stack-sm" aria-label="Fleet heatmap">
      <HeatmapGrid
        {...arranged}
        caption={settings.mode === "frameworks" ? "Framework scores per cluster" : "Seed check status per cluster"}
      />
      <HeatmapLegend mode={settings.mode} />
    </section>
  );
}

function HeatmapSummary({ view }: { view: HeatmapView }) {
  const summary = summarizeHeatmap(view);
  return (
    <section aria-label="Fleet summary" className="stat-grid">
      <div className="card stat">
        <span className="stat-value">{summary.clusters}</span>
        <span className="stat-label">{summary.clusters === 1 ? "cluster shown" : "clusters shown"}</span>
      </div>
      <div className="card stat">
        <span className="stat-value">{summary.stale}</span>
        <span className="stat-label">stale (no success for two schedule periods)</span>
      </div>
      <div className="card stat">
        <span className="stat-value">{summary.unevaluated}</span>
        <span className="stat-label">not evaluated yet</span>
      </div>
    </section>
  );
}
