"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatPercent, type TrendChartData, type TrendChartPoint } from "@/lib/client/trends/trend-chart.adapter";
import styles from "./trends.module.css";

const SCORE_TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 18, right: 16, bottom: 4, left: 4 };

/**
 * Score (0–100 %) over time and, below it, failing controls per day, with a dashed line on each day
 * the catalog version changed. Purely presentational: the data comes shaped by toTrendChartData.
 */
export function TrendCharts({ data, isCompact = false }: { data: TrendChartData; isCompact?: boolean }) {
  const scoreHeight = isCompact ? 180 : 260;
  const failingHeight = isCompact ? 110 : 150;
  const xAxis = (
    <XAxis
      dataKey="day"
      tickFormatter={(day: string) => data.points.find((point) => point.day === day)?.label ?? day}
      minTickGap={28}
      tickMargin={6}
    />
  );
  // Labelled on the score chart only; the failing chart repeats the line, not the text.
  const markers = (isLabelled: boolean) =>
    data.markers.map((marker) => (
      <ReferenceLine
        key={marker.day}
        x={marker.day}
        className={styles.marker}
        stroke="var(--warning)"
        strokeDasharray="4 3"
        label={
          isLabelled ? { value: marker.label, position: "insideTopLeft", className: styles.markerLabel } : undefined
        }
      />
    ));
  return (
    <div className="stack-sm">
      <figure className={`${styles.chart} stack-sm`} aria-label={`${data.frameworkName}: score over time`}>
        <figcaption className={styles.chartTitle}>Score (share of assessable controls that pass)</figcaption>
        <ResponsiveContainer width="100%" height={scoreHeight}>
          <LineChart data={data.points} margin={MARGIN} syncId="trends" accessibilityLayer>
            <CartesianGrid vertical={false} />
            {xAxis}
            <YAxis
              domain={[0, 100]}
              ticks={SCORE_TICKS}
              tickFormatter={(value: number) => `${value} %`}
              width={52}
              allowDataOverflow
            />
            <Tooltip content={TrendTooltip} />
            {markers(true)}
            <Line
              type="monotone"
              dataKey="score"
              name="Score"
              className={styles.scoreLine}
              stroke="var(--accent)"
              strokeWidth={2.25}
              dot={data.points.length <= 31 ? { r: 2.5, fill: "var(--accent)", strokeWidth: 0 } : false}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className={`${styles.chart} stack-sm`} aria-label={`${data.frameworkName}: failing controls over time`}>
        <figcaption className={styles.chartTitle}>Failing controls</figcaption>
        <ResponsiveContainer width="100%" height={failingHeight}>
          <BarChart data={data.points} margin={MARGIN} syncId="trends" accessibilityLayer>
            <CartesianGrid vertical={false} />
            {xAxis}
            <YAxis allowDecimals={false} width={52} />
            <Tooltip content={TrendTooltip} cursor={{ fill: "var(--surface-muted)" }} />
            {markers(false)}
            <Bar
              dataKey="failing"
              name="Failing controls"
              className={styles.failingBar}
              fill="var(--danger)"
              maxBarSize={18}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <span className={`${styles.swatch} ${styles.swatchScore}`} aria-hidden />
          score
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchFailing}`} aria-hidden />
          failing controls
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchMarker}`} aria-hidden />
          catalog version changed (scores may move for that reason alone)
        </li>
      </ul>
    </div>
  );
}

function TrendTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const point = payload?.[0]?.payload as TrendChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>{point.label}</strong>
      </p>
      <p>Score: {point.score === null ? "no score" : formatPercent(point.score)}</p>
      <p>Failing controls: {point.failing ?? "—"}</p>
      {point.notYetEvaluated > 0 ? <p className="muted">{point.notYetEvaluated} not evaluated yet</p> : null}
    </div>
  );
}
