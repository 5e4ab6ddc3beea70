"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { toTrendChartData } from "@/lib/client/trends/trend-chart.adapter";
import type { TrendsView } from "@/lib/shared/trends-view";
import { TrendCharts } from "./trend-charts";
import { TrendSummary } from "./trend-summary";
import { TrendTable } from "./trend-table";

/** Loading, error, "no history yet", or the summary, charts and table of one framework. */
export function TrendsBody({
  view,
  isPending,
  error,
  onRetry,
  frameworkId,
  isCompact = false,
}: {
  view: TrendsView | undefined;
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  frameworkId: string;
  isCompact?: boolean;
}) {
  if (isPending) return <LoadingState label="Loading trends…" />;
  if (error || !view) {
    return <ErrorState title="Trends could not be loaded" error={error} onRetry={onRetry} />;
  }
  const data = toTrendChartData(view, frameworkId);
  if (!data || !data.hasData) {
    return (
      <EmptyState icon="clock" title="No history yet">
        <p>
          Trends are drawn from stored evaluations: run <code>npm run demo</code> for a simulated fleet with 90 days of
          history, or wait for collections.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <TrendSummary data={data} />
      <TrendCharts data={data} isCompact={isCompact} />
      <TrendTable data={data} />
    </div>
  );
}
