// Test helpers only: the cluster registry's route handlers, called the way Next.js calls them.
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/clusters/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/clusters/[id]/route";
import { POST as testRoute } from "@/app/api/v1/clusters/[id]/test/route";
import { callRoute } from "@/lib/server/testing/call-route";

export type RouteAnswer = Awaited<ReturnType<typeof callRoute>>;

/** What every error answer looks like. */
export interface ErrorBody {
  error: { code: string; message: string; details?: { field?: string } };
}

export function listClusters({ token }: { token?: string }): Promise<RouteAnswer> {
  return callRoute({ handler: listRoute, path: "/api/v1/clusters", token });
}

export function createCluster({ token, body }: { token?: string; body: unknown }): Promise<RouteAnswer> {
  return callRoute({ handler: createRoute, method: "POST", path: "/api/v1/clusters", token, body });
}

export function getCluster({ token, id }: { token?: string; id: string }): Promise<RouteAnswer> {
  return callRoute({ handler: getRoute, path: `/api/v1/clusters/${id}`, params: { id }, token });
}

export function patchCluster({ token, id, body }: { token?: string; id: string; body: unknown }): Promise<RouteAnswer> {
  return callRoute({
    handler: patchRoute,
    method: "PATCH",
    path: `/api/v1/clusters/${id}`,
    params: { id },
    token,
    body,
  });
}

export function deleteCluster({ token, id }: { token?: string; id: string }): Promise<RouteAnswer> {
  return callRoute({ handler: deleteRoute, method: "DELETE", path: `/api/v1/clusters/${id}`, params: { id }, token });
}

export function testCluster({ token, id }: { token?: string; id: string }): Promise<RouteAnswer> {
  return callRoute({ handler: testRoute, method: "POST", path: `/api/v1/clusters/${id}/test`, params: { id }, token });
}
