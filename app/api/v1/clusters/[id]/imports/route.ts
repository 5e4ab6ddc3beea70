// GET /api/v1/clusters/{id}/imports – list scanner imports; POST – import a kube-bench / Trivy / Kubescape JSON file
import { NextResponse } from "next/server";
import { z } from "zod";
import { ANY_ROLE } from "@/lib/shared/roles";
import { withRoute } from "@/lib/server/http/with-route";
import { uuidParams } from "@/lib/server/http/id-params";
import { readEnv } from "@/lib/server/config/read-env";
import { importScannerResults } from "@/lib/server/imports/import-scanner-results";
import { listScannerImports } from "@/lib/server/imports/list-scanner-imports";
import { readImportUpload } from "@/lib/server/imports/read-import-upload";

const importQuery = z
  .object({
    /** The node the scan ran on (kube-bench runs per node); a Kubernetes node name. */
    node: z
      .string()
      .trim()
      .max(253)
      .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "must be a Kubernetes node name")
      .optional(),
  })
  .strict();

export const GET = withRoute({
  roles: ANY_ROLE,
  params: uuidParams,
  handler: async ({ params }) => listScannerImports({ clusterId: params.id }),
});

export const POST = withRoute({
  roles: ["admin", "engineer"],
  params: uuidParams,
  query: importQuery,
  auditDeniedAs: "cluster.import",
  handler: async ({ actor, params, query, request }) => {
    const upload = await readImportUpload({ request, maxBytes: readEnv().LOTSE_IMPORT_MAX_BYTES });
    const view = await importScannerResults({ clusterId: params.id, upload, node: query.node ?? null, actor });
    return NextResponse.json(view, { status: 201 });
  },
});
