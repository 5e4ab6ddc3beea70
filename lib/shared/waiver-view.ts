import { z } from "zod";

/** At most one year of accepted risk; then it must be reviewed again. */
export const MAX_WAIVER_DAYS = 366;

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
