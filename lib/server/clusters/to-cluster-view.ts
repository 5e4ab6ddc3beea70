import type {
  CertificateView,
  ClusterCollectionView,
  ClusterSummaryView,
  ClusterView,
} from "@/lib/shared/cluster-view";
import { computeFreshness } from "@/lib/server/runs/cron-slots";
import type { RunRow } from "@/lib/server/store/runs/run-row";
import { findClusterRuns, findLatestRunPerCluster } from "@/lib/server/store/runs/find-runs";
import { fromEnvironmentRow, type ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { Role } from "@/lib/shared/roles";

type KubeInfo = ClusterView["kubernetes"];
type TalosInfo = NonNullable<ClusterView["talos"]>;

/** The latest run of the cluster, when known; `now` for the STALE computation. */
export interface CollectionContext {
  latestRun: RunRow | null;
  now: Date;
}

/** STALE after twice the schedule without a successful run (a schedule that no longer parses counts as fresh). */
export function freshnessOf(row: ClusterRow, now: Date): ClusterCollectionView["freshness"] {
  try {
    return computeFreshness({
      schedule: row.schedule,
      lastSuccessAt: row.lastSuccessAt,
      createdAt: row.createdAt,
      now,
    });
  } catch {
    return row.lastSuccessAt ? "fresh" : "never";
  }
}

function toCollectionView(row: ClusterRow, { latestRun, now }: CollectionContext): ClusterCollectionView {
  return {
    freshness: freshnessOf(row, now),
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastRun: latestRun
      ? {
          id: latestRun.id,
          status: latestRun.status,
          queuedAt: latestRun.queuedAt.toISOString(),
          finishedAt: latestRun.finishedAt?.toISOString() ?? null,
        }
      : null,
  };
}

export function toClusterSummaryView(row: ClusterRow, context: CollectionContext): ClusterSummaryView {
  return {
    id: row.id,
    name: row.name,
    environment: fromEnvironmentRow(row.environment),
    site: row.site,
    labels: (row.labels ?? {}) as Record<string, string>,
    schedule: row.schedule,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    collection: toCollectionView(row, context),
  };
}

function earliestExpiry(certificates: (CertificateView | undefined)[]): string | null {
  const dates = certificates
    .filter((c): c is CertificateView => Boolean(c))
    .map((c) => c.notAfter)
    .sort();
  return dates[0] ?? null;
}

/** The full view with credential metadata (stored info is already free of key material). */
export function toClusterView(row: ClusterRow, context: CollectionContext): ClusterView {
  const kube = row.kubeInfo as KubeInfo;
  const talos = (row.talosInfo ?? null) as TalosInfo | null;
  return {
    ...toClusterSummaryView(row, context),
    kubernetes: {
      server: kube.server,
      context: kube.context,
      contexts: kube.contexts,
      authKind: kube.authKind,
      clientCertificate: kube.clientCertificate,
      certificateAuthority: kube.certificateAuthority,
    },
    talos: talos
      ? {
          endpoints: talos.endpoints,
          nodes: talos.nodes,
          context: talos.context,
          contexts: talos.contexts,
          roles: talos.roles,
          clientCertificate: talos.clientCertificate,
          certificateAuthority: talos.certificateAuthority,
          warnings: talos.warnings,
        }
      : null,
    credentialsExpireAt: earliestExpiry([kube.clientCertificate, talos?.clientCertificate]),
  };
}

/** Viewers see names and placement only (design: "no credentials metadata beyond names"). */
export function toClusterViewFor(
  role: Role,
  row: ClusterRow,
  context: CollectionContext,
): ClusterSummaryView | ClusterView {
  return role === "viewer" ? toClusterSummaryView(row, context) : toClusterView(row, context);
}

/** Views of clusters for a role, with each cluster's latest run (one query for all). */
export async function viewClusters(role: Role, rows: ClusterRow[]): Promise<(ClusterSummaryView | ClusterView)[]> {
  const latest = new Map((await findLatestRunPerCluster()).map((run) => [run.clusterId, run]));
  const now = new Date();
  return rows.map((row) => toClusterViewFor(role, row, { latestRun: latest.get(row.id) ?? null, now }));
}

/** The full view of one cluster with its latest run. */
export async function viewCluster(row: ClusterRow): Promise<ClusterView> {
  const [latestRun] = await findClusterRuns({ clusterId: row.id, limit: 1 });
  return toClusterView(row, { latestRun: latestRun ?? null, now: new Date() });
}
