import { z } from "zod";

/**
 * The latest expiry of a waiver created at `now`: the same instant one calendar year later (UTC),
 * so at most one year of accepted risk, whether the year has 365 or 366 days; then it must be
 * reviewed again. From 29 February the next year has none, so it is 28 February.
 */
export function latestWaiverExpiry(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(now.getUTCFullYear() + 1);
  // 29 February rolled over into March: back to the last day of February, same time of day.
  if (latest.getUTCMonth() !== now.getUTCMonth()) latest.setUTCDate(0);
  return latest;
}

/**
 * The last day (YYYY-MM-DD) the expiry date picker offers at `now`: a picked day expires at its end
 * (23:59:59 UTC), which must not be after latestWaiverExpiry, so usually the day before it.
 */
export function lastWaiverExpiryDay(now: Date): string {
  const latest = latestWaiverExpiry(now);
  const day = latest.toISOString().slice(0, 10);
  if (new Date(`${day}T23:59:59Z`) <= latest) return day;
  return new Date(latest.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export const createWaiverSchema = z
  .object({
    checkId: z.string().trim().min(1).max(200),
    /** Omitted or null: every cluster. */
    clusterId: z.uuid("not a valid cluster id").nullish(),
    namespace: z.string().trim().min(1).max(253).nullish(),
    node: z.string().trim().min(1).max(253).nullish(),
    justification: z.string().trim().min(10, "say why the risk is accepted (10 characters at least)").max(2000),
    expiresAt: z.iso.datetime({ offset: true, message: "must be an ISO date-time, e.g. 2027-03-31T00:00:00Z" }),
  })
  .strict();

export type CreateWaiverInput = z.infer<typeof createWaiverSchema>;

export interface WaiverView {
  id: string;
  checkId: string;
  checkTitle: string | null;
  clusterId: string | null;
  clusterName: string | null;
  namespace: string | null;
  node: string | null;
  justification: string;
  approvedBy: string;
  approverRole: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  /** active: in force; expired: past its date; revoked: withdrawn. */
  state: "active" | "expired" | "revoked";
}
