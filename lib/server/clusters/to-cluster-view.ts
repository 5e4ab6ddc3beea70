import type { ClusterSummaryView, ClusterView, CertificateView } from "@/lib/shared/cluster-view";
import { fromEnvironmentRow, type ClusterRow } from "@/lib/server/store/clusters/cluster-row";
import type { Role } from "@/lib/shared/roles";

type KubeInfo = ClusterView["kubernetes"];
type TalosInfo = NonNullable<ClusterView["talos"]>;

export function toClusterSummaryView(row: ClusterRow): ClusterSummaryView {
  return {
    id: row.id,
    name: row.name,
    environment: fromEnvironmentRow(row.environment),
    site: row.site,
    labels: (row.labels ?? {}) as Record<string, string>,
    schedule: row.schedule,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
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
export function toClusterView(row: ClusterRow): ClusterView {
  const kube = row.kubeInfo as KubeInfo;
  const talos = (row.talosInfo ?? null) as TalosInfo | null;
  return {
    ...toClusterSummaryView(row),
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
export function toClusterViewFor(role: Role, row: ClusterRow): ClusterSummaryView | ClusterView {
  return role === "viewer" ? toClusterSummaryView(row) : toClusterView(row);
}
