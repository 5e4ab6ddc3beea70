// GET /api/v1/clusters/{id}/findings?framework=&status=&check=&namespace= – current findings, failing first
import { z } from "zod";
import { FINDING_STATUSES } from "@/lib/catalog/catalog-types";
import { FRAMEWORK_IDS } from "@/lib/shared/fleet-framework-view";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { AppError } from "@/lib/server/http/app-error";
import { getEvaluationCatalog } from "@/lib/server/evaluations/evaluation-catalog";
import { platformOf, toClusterFindingsView } from "@/lib/server/evaluations/view-findings";
import { mergeClusterImports } from "@/lib/server/imports/merge-cluster-imports";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { findCurrentFindings, findLatestEvaluation } from "@/lib/server/store/findings/find-findings";

const query = z
  .object({
    framework: z.enum(FRAMEWORK_IDS).optional(),
    status: z
      .string()
      .transform((value) => value.split(",").map((item) => item.trim().toUpperCase()))
      .pipe(z.array(z.enum(FINDING_STATUSES)))
      .optional(),
    check: z.string().trim().min(1).max(200).optional(),
    namespace: z.string().trim().min(1).max(253).optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  query,
  handler: async ({ params, query }) => {
    if (!(await findCluster({ id: params.id }))) throw new AppError("not_found", "No such cluster.");
    const [evaluation, rows] = await Promise.all([
      findLatestEvaluation({ clusterId: params.id }),
      findCurrentFindings({
        clusterId: params.id,
        checkIds: query.check ? [query.check] : undefined,
      }),
    ]);
    const view = toClusterFindingsView({
      catalog: getEvaluationCatalog().catalog,
      evaluation,
      rows,
      frameworkId: query.framework,
      imports: await mergeClusterImports({ clusterId: params.id, rows, platform: platformOf(evaluation) }),
    });
    // Statuses are filtered after the merge: an import's standing depends on every own finding of its check.
    if (query.status) view.items = view.items.filter((item) => query.status!.includes(item.status));
    if (query.namespace) {
      view.items = view.items.filter(
        (item) =>
          item.subject.namespace === query.namespace ||
          (item.subject.kind === "namespace" && item.subject.name === query.namespace),
      );
    }
    return view;
  },
});
