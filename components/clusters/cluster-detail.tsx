"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ClusterCompliance } from "@/components/findings/cluster-compliance";
import { CollectionPanel } from "@/components/runs/collection-panel";
import { ScannerImportsPanel } from "@/components/imports/scanner-imports-panel";
import { TrendsPanel } from "@/components/trends/trends-panel";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useCluster } from "@/lib/client/clusters/use-cluster";
import { isClusterView } from "@/lib/client/clusters/fetch-clusters";
import { ENVIRONMENT_LABELS } from "@/lib/client/format/environment-label";
import type { Role } from "@/lib/shared/roles";
import { ClusterPlacement } from "./cluster-placement";
import { ClusterPlatform } from "./cluster-platform";
import { ConnectionTestPanel } from "./connection-test-panel";
import { EvidenceSourcesPanel } from "./evidence-sources-panel";
import { KubernetesCredential } from "./kubernetes-credential";
import { TalosCredential } from "./talos-credential";

/**
 * /clusters/[id]: metadata, freshness and run history, framework scores and findings for everyone,
 * links to the node view and the RBAC graph; "Collect now", credential metadata and the connection
 * test for the roles that may.
 */
export function ClusterDetail({ id, role }: { id: string; role: Role }) {
  const cluster = useCluster(id);
  const back = (
    <Link href="/clusters" className="back-link">
      <Icon name="back" size={14} />
      Clusters
    </Link>
  );
  if (cluster.isPending) {
    return (
      <>
        {back}
        <LoadingState label="Loading the cluster…" rows={5} />
      </>
    );
  }
  if (cluster.isError) {
    return (
      <>
        {back}
        <ErrorState
          title="This cluster could not be loaded"
          error={cluster.error}
          onRetry={() => void cluster.refetch()}
        />
      </>
    );
  }
  const data = cluster.data;
  const canTest = role === "admin" || role === "engineer";
  return (
    <>
      {back}
      <PageHeader
        title={data.name}
        description={
          <>
            {[ENVIRONMENT_LABELS[data.environment], data.site].filter(Boolean).join(" · ")}
            <br />
            <ClusterPlatform clusterId={data.id} />
          </>
        }
        actions={
          <>
            <Link className="btn" href={`/clusters/${data.id}/nodes`}>
              Node view
            </Link>
            <Link className="btn" href={`/clusters/${data.id}/rbac`}>
              RBAC graph
            </Link>
            {role === "admin" ? (
              <Link className="btn" href={`/settings/clusters/${data.id}`}>
                Edit in Settings
              </Link>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <ClusterPlacement cluster={data} />
        <CollectionPanel cluster={data} role={role} />
        <ClusterCompliance cluster={data} role={role} />
        <EvidenceSourcesPanel clusterId={data.id} />
        <ScannerImportsPanel clusterId={data.id} role={role} />
        <TrendsPanel clusterId={data.id} />
        {isClusterView(data) && canTest ? <ConnectionTestPanel clusterId={data.id} /> : null}
        {isClusterView(data) ? (
          <div className="detail-grid">
            <KubernetesCredential kubernetes={data.kubernetes} />
            <TalosCredential talos={data.talos} />
          </div>
        ) : (
          <Alert tone="info" title="Credential details are not shown to viewers">
            API servers, certificates and their expiry are visible to admins, engineers and auditors.
          </Alert>
        )}
      </div>
    </>
  );
}
