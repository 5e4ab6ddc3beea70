import { CATALOG } from "@/lib/catalog/catalog";
import type { FindingStatus, Platform } from "@/lib/catalog/catalog-types";
import { getDb } from "@/lib/server/store/db";

/**
 * A registered cluster with one evaluation whose CIS findings are given per check (all cluster
 * subject), stored as the evaluation pipeline stores them — for route tests that need a CIS view
 * without running a collection.
 */
export async function seedEvaluatedCluster({
  name,
  platform,
  statusOf,
}: {
  name: string;
  platform: Platform;
  statusOf: (checkId: string) => FindingStatus;
}): Promise<string> {
  const db = getDb();
  const cluster = await db.cluster.create({
    data: {
      name,
      environment: "on_prem",
      kubeServer: "https://127.0.0.1:6443",
      kubeContext: name,
      kubeInfo: {},
      talosEndpoints: [],
    },
  });
  const since = new Date(Date.now() - 60 * 60 * 1000);
  const evaluation = await db.evaluation.create({
    data: {
      clusterId: cluster.id,
      snapshotHash: "0".repeat(64),
      catalogVersion: CATALOG.version,
      trigger: "run",
      evaluatedAt: since,
      summary: { platform },
    },
  });
  await db.findingState.createMany({
    data: CATALOG.checks
      .filter((check) => check.cis)
      .map((check) => ({
        clusterId: cluster.id,
        checkId: check.id,
        subjectKey: "cluster",
        subject: { kind: "cluster" },
        status: statusOf(check.id),
        rawStatus: statusOf(check.id),
        message: `seeded ${statusOf(check.id)}`,
        evidence: [],
        stateHash: check.id,
        since,
        openedBy: evaluation.id,
        snapshotHash: "0".repeat(64),
        catalogVersion: CATALOG.version,
      })),
  });
  return cluster.id;
}
