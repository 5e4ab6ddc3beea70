// GET /api/v1/fleet/heatmap?environment=&site=&label=&compare=30 – clusters × frameworks and × seed checks
import { z } from "zod";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import { ANY_ROLE } from "@/lib/shared/roles";
import { loadHeatmap } from "@/lib/server/fleet/load-heatmap";
import { withRoute } from "@/lib/server/http/with-route";

const query = z
  .object({
    environment: z.enum(ENVIRONMENTS).optional(),
    site: z.string().trim().min(1).max(100).optional(),
    label: z
      .string()
      .trim()
      .min(1)
      .max(400)
      .regex(/^[^=\s]+(=[^\s]*)?$/, "must be key or key=value")
      .optional(),
    /** Days back for "change since" (e.g. 30). */
    compare: z.coerce.number().int().min(1).max(400).optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  query,
  handler: ({ query: { compare, ...filter } }) => loadHeatmap(filter, { compareDays: compare }),
});
