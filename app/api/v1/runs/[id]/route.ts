// GET /api/v1/runs/{id} – one collection run: status, timings, progress, error summary, snapshot hash
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { AppError } from "@/lib/server/http/app-error";
import { toRunView } from "@/lib/server/runs/to-run-view";
import { findRun } from "@/lib/server/store/runs/find-runs";

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  handler: async ({ params }) => {
    const run = await findRun({ id: params.id });
    if (!run) throw new AppError("not_found", "No such run.");
    return toRunView(run);
  },
});
