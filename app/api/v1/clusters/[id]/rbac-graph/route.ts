// GET /api/v1/clusters/{id}/rbac-graph?namespace=&subject=&risk= – who may do what, from the latest snapshot
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { RBAC_RISK_FILTERS } from "@/lib/shared/rbac-graph-view";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { viewRbacGraph } from "@/lib/server/rbac/view-rbac-graph";

const query = z
  .object({
    namespace: z
      .string()
      .trim()
      .max(253)
      .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$/, "not a Kubernetes namespace name")
      .optional(),
    subject: z.string().trim().max(200).optional(),
    risk: z.enum(RBAC_RISK_FILTERS, { error: `one of ${RBAC_RISK_FILTERS.join(", ")}` }).optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  query,
  handler: ({ params, query }) =>
    viewRbacGraph({
      clusterId: params.id,
      filters: { namespace: query.namespace || null, subject: query.subject || null, risk: query.risk ?? null },
    }),
});
