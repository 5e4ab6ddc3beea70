import { computeFreshness } from "@/lib/server/runs/cron-slots";

/**
 * The STALE rule of the cluster views (no successful run for twice the schedule interval, since
 * registration when there never was one) at `now`; a schedule that no longer parses is not STALE,
 * as in the views.
 */
export function isClusterStale({
  cluster,
  now,
}: {
  cluster: { schedule: string; lastSuccessAt: Date | null; createdAt: Date };
  now: Date;
}): boolean {
  try {
    return computeFreshness({ ...cluster, now }) === "stale";
  } catch {
    return false;
  }
}
