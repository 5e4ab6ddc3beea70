import { getDb } from "@/lib/server/store/db";
import type { FrameworkDayResult } from "./framework-day";
import { upsertFrameworkDays } from "./upsert-framework-days";

/**
 * Stores a past day's results re-scored under another catalog version, as that day's rollup rows
 * (the day of `asOf`), under the cluster's evaluation lock. A row that a later result replaced
 * meanwhile stays as it is, since upsertFrameworkDays only writes results at least as recent.
 * Returns the rows written.
 */
export function rescoreFrameworkDays({
  clusterId,
  asOf,
  isStale,
  catalogVersion,
  frameworks,
}: {
  clusterId: string;
  asOf: Date;
  isStale: boolean;
  catalogVersion: string;
  frameworks: readonly FrameworkDayResult[];
}): Promise<number> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lotse:evaluate:${clusterId}`}))`;
    return upsertFrameworkDays(tx, { clusterId, asOf, catalogVersion, isStale, frameworks });
  });
}
