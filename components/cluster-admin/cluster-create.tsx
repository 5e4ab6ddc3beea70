"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { isApiError } from "@/lib/client/api/api-error";
import { toCreateInput } from "@/lib/client/clusters/build-cluster-input";
import { emptyClusterFormValues } from "@/lib/client/clusters/cluster-form-values";
import { useCreateCluster } from "@/lib/client/clusters/use-create-cluster";
import { ClusterForm } from "./cluster-form";

/** Settings → Clusters → Add: on success, opens the new cluster with its certificate expiry. */
export function ClusterCreate() {
  const router = useRouter();
  const create = useCreateCluster();
  const [initialValues] = useState(emptyClusterFormValues);
  return (
    <section className="card card-body">
      <ClusterForm
        mode="create"
        initialValues={initialValues}
        isPending={create.isPending || create.isSuccess}
        serverError={isApiError(create.error) ? create.error : null}
        cancelHref="/settings/clusters"
        onSubmit={(values) =>
          create.mutate(toCreateInput(values), {
            onSuccess: (cluster) => router.push(`/settings/clusters/${cluster.id}?created=1`),
          })
        }
      />
    </section>
  );
}
