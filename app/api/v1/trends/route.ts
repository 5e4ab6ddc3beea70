// GET /api/v1/trends?framework=&clusterId=&environment=&from=&to= – scores and failing controls per day
import { z } from "zod";
import { ENVIRONMENTS } from "@/lib/shared/cluster-schemas";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { loadTrends } from "@/lib/server/trends/load-trends";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, "is not a calendar date");

const query = z
  .object({
    framework: z.string().trim().min(1).max(64).optional(),
    clusterId: z.string().trim().min(1).max(100).optional(),
    environment: z.enum(ENVIRONMENTS).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict()
  .refine((value) => !(value.clusterId && value.environment), {
    message: "give clusterId or environment, not both",
    path: ["environment"],
  });

export const GET = withRoute({ roles: ANY_ROLE, query, handler: ({ query }) => loadTrends(query) });
