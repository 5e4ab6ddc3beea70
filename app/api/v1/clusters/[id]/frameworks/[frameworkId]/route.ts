// GET /api/v1/clusters/{id}/frameworks/{frameworkId} – the framework control by control for one cluster
import { FRAMEWORK_IDS } from "@/lib/shared/fleet-framework-view";
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { AppError } from "@/lib/server/http/app-error";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { toClusterFrameworkView } from "@/lib/server/evaluations/view-framework";
import { platformOf } from "@/lib/server/evaluations/view-findings";
import { mergeClusterImports } from "@/lib/server/imports/merge-cluster-imports";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findCurrentFindings, findLatestEvaluation } from "@/lib/server/store/findings/find-findings";

const params = z.object({
  id: z.uuid("not a valid id"),
  frameworkId: z.enum(FRAMEWORK_IDS, "no such framework"),
});

export const GET = withRoute({
  roles: ANY_ROLE,
  params,
  handler: async ({ params }) => {
    if (!(await findCluster({ id: params.id }))) throw new AppError("not_found", "No such cluster.");
    const [evaluation, rows] = await Promise.all([
      findLatestEvaluation({ clusterId: params.id }),
      findCurrentFindings({ clusterId: params.id }),
    ]);
    const view = toClusterFrameworkView({
      catalog: getEvaluationCatalog().catalog,
      frameworkId: params.frameworkId,
      rows,
      imports: await mergeClusterImports({ clusterId: params.id, rows, platform: platformOf(evaluation) }),
      evaluatedAt: evaluation?.confirmedAt ?? null,
    });
    if (!view) throw new AppError("not_found", "No such framework.");
    return view;
  },
});
