import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as rbacGraph } from "@/app/api/v1/clusters/[id]/rbac-graph/route";
import type { RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { readEnv } from "@/lib/server/config/read-env";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { runCollectionJob } from "@/lib/server/jobs/run-collection-job";
import { logger } from "@/lib/server/log/logger";
import { createRun } from "@/lib/server/store/runs/create-run";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";

describe("GET /api/v1/clusters/{id}/rbac-graph", () => {
  let fleet: Fleet;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let collectedId: string;
  let uncollectedId: string;

  const graph = (id: string, query = "", token: string | null = tokens.viewer) =>
    callRoute({
      handler: rbacGraph,
      params: { id },
      path: `/api/v1/clusters/${id}/rbac-graph${query}`,
      token: token ?? undefined,
    });

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const faults = await loadScenario({ path: "scenarios/faults.yaml" });
    const healthy = faults.clusters!.find((cluster) => cluster.name === "healthy-talos")!;
    fleet = await startSimFleet({
      scenario: {
        ...faults,
        clusters: [
          { ...healthy, name: "anonymous-pier", posture: { anonymousBinding: true, wildcardRoles: 1 } },
          { ...healthy, name: "quiet-pier" },
        ],
      },
    });
    const ids = await registerSimFleet({ fleet, adminToken: tokens.admin });
    collectedId = ids.get("anonymous-pier")!;
    uncollectedId = ids.get("quiet-pier")!;
    // Collected in this process (no worker needed): the same job a worker runs.
    const created = await createRun({ clusterId: collectedId, trigger: "manual", requestedBy: "test" });
    const result = await runCollectionJob({ runId: created!.run.id, workerId: "test", env: readEnv(), log: logger });
    expect(result).toMatchObject({ outcome: "succeeded" });
  });

  afterAll(async () => {
    await fleet?.close();
  });

  it("draws the collected cluster's RBAC for any role and flags the system:anonymous binding", async () => {
    const answer = await graph(collectedId);
    expect(answer.status).toBe(200);
    const view = answer.json as RbacGraphView;
    expect(view).toMatchObject({ state: "ready", cluster: { id: collectedId, name: "anonymous-pier" } });
    expect(view.snapshot?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(view.snapshot?.collectedAt).not.toBeNull();
    const anonymous = view.nodes.find((node) => node.column === "subject" && node.label === "system:anonymous")!;
    expect(anonymous.risks).toContain("anonymous");
    const edge = view.edges.find((entry) => entry.source === anonymous.id)!;
    expect(edge.risks).toContain("anonymous");
    expect(view.nodes.find((node) => node.id === edge.target)).toMatchObject({
      label: "legacy-healthcheck-anonymous",
      kind: "ClusterRoleBinding",
    });
    // Kubernetes' own unauthenticated binding is shown as the expected default, not as a risk.
    expect(
      view.nodes.find((node) => node.label === "system:public-info-viewer" && node.column === "binding"),
    ).toMatchObject({ isExpectedDefault: true, risks: [] });
    expect(view.nodes.find((node) => node.label === "ci-deployer" && node.column === "role")?.risks).toContain(
      "cluster-admin",
    );
    for (const role of ["admin", "engineer", "auditor"] as const)
      expect((await graph(collectedId, "", tokens[role])).status).toBe(200);
  });

  it("filters by risk, subject and namespace", async () => {
    const anonymousOnly = (await graph(collectedId, "?risk=anonymous")).json as RbacGraphView;
    expect(anonymousOnly.filters).toEqual({ namespace: null, subject: null, risk: "anonymous" });
    expect(anonymousOnly.nodes.filter((node) => node.column === "subject").map((node) => node.label)).toEqual([
      "system:anonymous",
    ]);
    const bySubject = (await graph(collectedId, "?subject=gitlab")).json as RbacGraphView;
    expect(bySubject.nodes.filter((node) => node.column === "subject").map((node) => node.label)).toEqual([
      "gitlab-runner",
    ]);
    const namespace = bySubject.nodes.find((node) => node.label === "gitlab-runner")!.namespace!;
    const inNamespace = (await graph(collectedId, `?namespace=${namespace}`)).json as RbacGraphView;
    expect(inNamespace.namespaces).toContain(namespace);
    expect(inNamespace.nodes.every((node) => node.column !== "subject" || node.kind !== "User")).toBe(true);
  });

  it("says that nothing was collected yet for a registered cluster without a snapshot", async () => {
    const answer = await graph(uncollectedId);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ state: "not-collected", snapshot: null, nodes: [], edges: [] });
  });

  it("answers 404 for an unknown cluster, 400 for a bad filter, 401 without credentials", async () => {
    expect((await graph("7d0c1c47-8a8c-4c1e-9a55-3f1f3b0f0d11")).status).toBe(404);
    expect((await graph("not-a-uuid")).status).toBe(404);
    const badRisk = await graph(collectedId, "?risk=scary");
    expect(badRisk.status).toBe(400);
    expect((badRisk.json as { error: { code: string; message: string } }).error).toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("risk"),
    });
    expect((await graph(collectedId, "?namespace=Not_A_Namespace")).status).toBe(400);
    expect((await graph(collectedId, "?colour=red")).status).toBe(400);
    expect((await graph(collectedId, "", null)).status).toBe(401);
  });
});
