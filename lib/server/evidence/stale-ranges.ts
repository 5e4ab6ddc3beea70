import type { TimeRange } from "./classify-period";

/**
 * When a cluster was STALE within [from, to]: more than `limitMs` (twice its schedule interval)
 * after its last successful collection, or after registration before the first one. `successes`
 * are the finish times of its succeeded or partial runs, ascending. A point-in-time period
 * (`from` null) yields one zero-length range at `to` when the cluster was stale then.
 */
export function staleRanges({
  successes,
  createdAt,
  limitMs,
  from,
  to,
}: {
  successes: readonly Date[];
  createdAt: Date;
  limitMs: number;
  from: Date | null;
  to: Date;
}): TimeRange[] {
  const start = from?.getTime() ?? to.getTime();
  const end = to.getTime();
  const anchors = [createdAt.getTime(), ...successes.map((time) => time.getTime())]
    .filter((time) => time <= end)
    .sort((a, b) => a - b);
  const ranges: TimeRange[] = [];
  anchors.forEach((anchor, index) => {
    const staleFrom = Math.max(anchor + limitMs, start);
    const staleTo = Math.min(anchors[index + 1] ?? end, end);
    const isPoint = index === anchors.length - 1 && staleFrom === end && anchor + limitMs < end;
    if (staleFrom < staleTo || isPoint) {
      ranges.push({ from: new Date(staleFrom).toISOString(), to: new Date(staleTo).toISOString() });
    }
  });
  return ranges;
}
