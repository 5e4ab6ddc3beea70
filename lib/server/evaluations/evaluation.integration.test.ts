import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as collectNow } from "@/app/api/v1/clusters/[id]/collect/route";
import { GET as listFindings } from "@/app/api/v1/clusters/[id]/findings/route";
import { GET as frameworkView } from "@/app/api/v1/clusters/[id]/frameworks/[frameworkId]/route";
import { GET as listWaivers, POST as createWaiver } from "@/app/api/v1/waivers/route";
import { DELETE as revokeWaiver } from "@/app/api/v1/waivers/[id]/route";
import type { Catalog } from "@/lib/catalog/catalog-types";
import type { ClusterFindingsView, FindingView } from "@/lib/shared/finding-view";
import type { ClusterFrameworkView } from "@/lib/shared/framework-view";
import type { CollectionRequestView } from "@/lib/shared/run-view";
import type { WaiverView } from "@/lib/shared/waiver-view";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { startWorkers, type WorkerPool } from "@/lib/server/jobs/testing/worker-processes";
import { waitFor } from "@/lib/server/jobs/testing/wait-for";
import { getDb } from "@/lib/server/store/db";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { callRoute, tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";
import { evaluateCluster } from "./evaluate-cluster";
import { getEvaluationCatalog, summarizeFindings } from "./evaluation-catalog";

const DAY = 86_400_000;

describe("evaluation, scores and waivers", () => {
  let fleet: Fleet;
  let workers: WorkerPool;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let clusterId: string;

  const findings = async (query = "") =>
    (
      await callRoute({
        handler: listFindings,
        params: { id: clusterId },
        path: `/api/v1/clusters/${clusterId}/findings${query}`,
        token: tokens.viewer,
      })
    ).json as ClusterFindingsView;

  beforeAll(async () => {
    await resetDatabase();
    tokens = await tokensByRole();
    const faults = await loadScenario({ path: "scenarios/faults.yaml" });
    const base = faults.clusters!.find((cluster) => cluster.name === "healthy-talos")!;
    fleet = await startSimFleet({
      scenario: { ...faults, clusters: [{ ...base, name: "drifted-site", profile: "talos-drifted" }] },
    });
    workers = await startWorkers({ count: 1 });
    clusterId = (await registerSimFleet({ fleet, adminToken: tokens.admin })).get("drifted-site")!;
    const requested = (
      await callRoute({ handler: collectNow, method: "POST", params: { id: clusterId }, token: tokens.engineer })
    ).json as CollectionRequestView;
    await waitFor(async () => (await getDb().evaluation.count({ where: { runId: requested.runId } })) === 1, {
      timeoutMs: 60_000,
      describe: () => "the run was not evaluated",
    });
  });

  afterAll(async () => {
    await workers?.stop();
    await fleet?.close();
  });

  it("evaluates every catalog check after the run, failing and unknown first, with evidence and remediation", async () => {
    const view = await findings();
    const catalog = getEvaluationCatalog();
    expect(view.evaluation?.catalogVersion).toBe(catalog.version);
    expect(view.platform).toBe("talos");
    const checkIds = new Set(view.items.map((item) => item.checkId));
    for (const evaluator of catalog.evaluators) expect(checkIds.has(evaluator.check.id), evaluator.check.id).toBe(true);
    const order = view.items.map((item) => item.status);
    expect(order.indexOf("FAIL")).toBe(0);
    const failure = view.items[0]!;
    expect(failure.evidence.length).toBeGreaterThan(0);
    expect(failure.remediation.platform ?? failure.remediation.kubernetes).toBeTruthy();
    expect((await findings("?status=PASS")).items.every((item) => item.status === "PASS")).toBe(true);
    expect(
      (
        await callRoute({
          handler: listFindings,
          params: { id: clusterId },
          path: `/api/v1/clusters/${clusterId}/findings?status=MAYBE`,
          token: tokens.viewer,
        })
      ).status,
    ).toBe(400);
  });

  it("scores a framework control by control, with each mapping's provenance", async () => {
    const answer = await callRoute({
      handler: frameworkView,
      params: { id: clusterId, frameworkId: "nist-800-53" },
      token: tokens.viewer,
    });
    expect(answer.status).toBe(200);
    const view = answer.json as ClusterFrameworkView;
    const { pass, fail } = view.counts;
    expect(view.score).toBe(pass + fail === 0 ? null : pass / (pass + fail));
    const mapped = view.controls.filter((control) => control.checks.length > 0);
    expect(mapped.length).toBeGreaterThan(0);
    for (const control of mapped) {
      for (const check of control.checks)
        expect(["seed-talk", "corrected", "proposed", "benchmark"]).toContain(check.provenance);
    }
    expect(
      (
        await callRoute({
          handler: frameworkView,
          params: { id: clusterId, frameworkId: "hipaa" },
          token: tokens.viewer,
        })
      ).status,
    ).toBe(404);
  });

  it("a waiver shows the FAIL as WAIVED with the failure still visible; revoked or expired, it stops applying", async () => {
    const failure = (await findings("?status=FAIL")).items[0] as FindingView;
    expect(failure).toBeDefined();
    const body = {
      checkId: failure.checkId,
      clusterId,
      ...(failure.subject.kind === "node" ? { node: failure.subject.name } : {}),
      justification: "Accepted until the hardware refresh in Q1",
      expiresAt: new Date(Date.now() + 90 * DAY).toISOString(),
    };
    expect((await callRoute({ handler: createWaiver, method: "POST", token: tokens.viewer, body })).status).toBe(403);
    const tooLong = { ...body, expiresAt: new Date(Date.now() + 400 * DAY).toISOString() };
    expect(
      (await callRoute({ handler: createWaiver, method: "POST", token: tokens.engineer, body: tooLong })).status,
    ).toBe(400);
    const past = { ...body, expiresAt: new Date(Date.now() - DAY).toISOString() };
    expect(
      (await callRoute({ handler: createWaiver, method: "POST", token: tokens.engineer, body: past })).status,
    ).toBe(400);

    const created = await callRoute({ handler: createWaiver, method: "POST", token: tokens.engineer, body });
    expect(created.status).toBe(201);
    const waiver = created.json as WaiverView;
    expect(waiver).toMatchObject({ state: "active", approvedBy: "token:test-engineer", approverRole: "engineer" });

    const waived = (await findings(`?check=${failure.checkId}`)).items.find(
      (item) => item.subject.name === failure.subject.name,
    )!;
    expect(waived).toMatchObject({
      status: "WAIVED",
      rawStatus: "FAIL",
      waiverId: waiver.id,
      message: failure.message,
    });
    // The viewer's refused attempt is audited too, as denied.
    expect(await getDb().auditEvent.count({ where: { action: "waiver.create", outcome: "success" } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { action: "waiver.create", outcome: "denied" } })).toBe(1);

    const revoked = await callRoute({
      handler: revokeWaiver,
      method: "DELETE",
      params: { id: waiver.id },
      token: tokens.admin,
    });
    expect((revoked.json as WaiverView).state).toBe("revoked");
    const after = (await findings(`?check=${failure.checkId}`)).items.find(
      (item) => item.subject.name === failure.subject.name,
    )!;
    expect(after).toMatchObject({ status: "FAIL", waiverId: null });

    // A waiver whose expiry has passed (written directly: the API refuses past dates) does not apply.
    await getDb().waiver.create({
      data: {
        checkId: failure.checkId,
        clusterId,
        justification: "expired long ago",
        approvedBy: "user:old@example.com",
        approverRole: "admin",
        expiresAt: new Date(Date.now() - DAY),
      },
    });
    await evaluateCluster({ clusterId, trigger: "waiver", catalog: getEvaluationCatalog() });
    expect((await findings("?status=WAIVED")).items).toHaveLength(0);
    const register = (await callRoute({ handler: listWaivers, token: tokens.auditor })).json as { items: WaiverView[] };
    expect(register.items.map((item) => item.state).sort()).toEqual(["expired", "revoked"]);
  });

  it("a changed mapping under a new catalog version re-scores the stored snapshot without collecting", async () => {
    const base = getEvaluationCatalog();
    const runsBefore = await getDb().collectionRun.count();
    const failing = (await findings("?status=FAIL")).items[0]!;
    // Map the failing check to a NIST control that passes today: the control must turn FAIL.
    const nistView = (
      await callRoute({
        handler: frameworkView,
        params: { id: clusterId, frameworkId: "nist-800-53" },
        token: tokens.viewer,
      })
    ).json as ClusterFrameworkView;
    const target = nistView.controls.find((control) => control.status === "PASS");
    expect(target, "a NIST control that passes on this cluster").toBeDefined();
    const changed: Catalog = {
      ...base.catalog,
      version: "99.0.0-test",
      mappings: [
        ...base.catalog.mappings,
        {
          checkId: failing.checkId,
          frameworkId: "nist-800-53",
          controlId: target!.id,
          provenance: "proposed",
          reason: "test",
        },
      ],
    };
    const before = await getDb().evaluation.findFirstOrThrow({
      where: { clusterId },
      orderBy: { evaluatedAt: "desc" },
    });
    await evaluateCluster({
      clusterId,
      trigger: "catalog",
      catalog: { ...base, version: changed.version, summarize: (items) => summarizeFindings(changed, items) },
    });
    const after = await getDb().evaluation.findFirstOrThrow({ where: { clusterId }, orderBy: { evaluatedAt: "desc" } });
    expect(after.catalogVersion).toBe("99.0.0-test");
    expect(after.snapshotHash).toBe(before.snapshotHash);
    expect(await getDb().collectionRun.count()).toBe(runsBefore);
    const nist = (summary: unknown) =>
      (summary as { frameworks: Record<string, { fail: number }> }).frameworks["nist-800-53"]!;
    expect(nist(after.summary).fail).toBe(nist(before.summary).fail + 1);
  });
});
