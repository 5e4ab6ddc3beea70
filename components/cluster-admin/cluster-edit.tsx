"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { ConnectionTestPanel } from "@/components/clusters/connection-test-panel";
import { KubernetesCredential } from "@/components/clusters/kubernetes-credential";
import { TalosCredential } from "@/components/clusters/talos-credential";
import { isApiError } from "@/lib/client/api/api-error";
import { toUpdateInput } from "@/lib/client/clusters/build-cluster-input";
import { clusterFormValuesFrom } from "@/lib/client/clusters/cluster-form-values";
import { isClusterView } from "@/lib/client/clusters/fetch-clusters";
import { useCluster } from "@/lib/client/clusters/use-cluster";
import { useUpdateCluster } from "@/lib/client/clusters/use-update-cluster";
import { ClusterCreatedNotice } from "./cluster-created-notice";
import { ClusterForm } from "./cluster-form";
import { DeleteClusterSection } from "./delete-cluster-section";

/** Settings → Clusters → one cluster: credential metadata, connection test, edit form, delete. */
export function ClusterEdit({ id, isNew }: { id: string; isNew: boolean }) {
  const cluster = useCluster(id);
  const update = useUpdateCluster(id);
  const [notice, setNotice] = useState<string | null>(null);
  const back = (
    <Link href="/settings/clusters" className="back-link">
      <Icon name="back" size={14} />
      All clusters
    </Link>
  );
  if (cluster.isPending)
    return (
      <>
        {back}
        <LoadingState label="Loading the cluster…" rows={6} />
      </>
    );
  if (cluster.isError || !isClusterView(cluster.data)) {
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
  return (
    <>
      {back}
      <PageHeader
        title={data.name}
        description={
          <>
            Registered cluster · API server <span className="mono">{data.kubernetes.server}</span>
          </>
        }
        actions={
          <Link className="btn" href={`/clusters/${data.id}`}>
            View cluster page
          </Link>
        }
      />
      <div className="stack">
        {isNew && !notice ? <ClusterCreatedNotice cluster={data} /> : null}
        {notice ? (
          <Alert tone="ok" isLive>
            {notice}
          </Alert>
        ) : null}
        <ConnectionTestPanel clusterId={data.id} />
        <div className="detail-grid">
          <KubernetesCredential kubernetes={data.kubernetes} />
          <TalosCredential talos={data.talos} />
        </div>
        <section className="card" aria-labelledby="edit-title">
          <div className="card-header">
            <h2 id="edit-title">Edit cluster</h2>
          </div>
          <div className="card-body">
            <ClusterForm
              // A saved change remounts the form with the server's values.
              key={data.updatedAt}
              mode="edit"
              initialValues={clusterFormValuesFrom(data)}
              original={data}
              isPending={update.isPending}
              serverError={isApiError(update.error) ? update.error : null}
              cancelHref="/settings/clusters"
              onSubmit={(values) => {
                const input = toUpdateInput(values, data);
                if (Object.keys(input).length === 0) {
                  setNotice("Nothing changed, so nothing was saved.");
                  return;
                }
                setNotice(null);
                update.mutate(input, { onSuccess: (saved) => setNotice(`Saved. ${saved.name} is up to date.`) });
              }}
            />
          </div>
        </section>
        <DeleteClusterSection id={data.id} name={data.name} />
      </div>
    </>
  );
}
