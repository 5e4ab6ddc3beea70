"use client";

import Link from "next/link";
import { useState } from "react";
import {
  DEFAULT_TREND_FRAMEWORK,
  DEFAULT_TREND_RANGE,
  toTrendsQuery,
  type TrendsSettings,
} from "@/lib/client/trends/trends-settings";
import { useTrends } from "@/lib/client/trends/use-trends";
import { TrendsBody } from "./trends-body";
import { TrendsToolbar } from "./trends-toolbar";

/**
 * A compact trend of one cluster, for the cluster's page: framework and range are local to the
 * panel (the page's URL belongs to the page); "Open in Trends" leads to the full view.
 */
export function TrendsPanel({ clusterId }: { clusterId: string }) {
  const [settings, setSettings] = useState<TrendsSettings>({
    range: DEFAULT_TREND_RANGE,
    framework: DEFAULT_TREND_FRAMEWORK,
    environment: "",
    clusterId,
  });
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  const trends = useTrends(toTrendsQuery({ ...settings, clusterId }, today));
  const href = `/trends?cluster=${encodeURIComponent(clusterId)}&range=${settings.range}&framework=${encodeURIComponent(settings.framework)}`;
  return (
    <section className="card card-body stack" aria-label="Trend of this cluster">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 style={{ margin: 0 }}>Trend</h2>
        <Link href={href}>Open in Trends</Link>
      </div>
      <TrendsToolbar
        settings={settings}
        frameworks={trends.data?.frameworks ?? [{ id: settings.framework, name: settings.framework }]}
        clusters={null}
        onChange={(next) => setSettings((current) => ({ ...current, ...next }))}
      />
      <TrendsBody
        view={trends.data}
        isPending={trends.isPending}
        error={trends.error}
        onRetry={() => void trends.refetch()}
        frameworkId={settings.framework}
        isCompact
      />
    </section>
  );
}
