"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useDeleteCluster } from "@/lib/client/clusters/use-delete-cluster";

/** Danger zone: delete a cluster after typing its name. */
export function DeleteClusterSection({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const remove = useDeleteCluster(id);
  const [isOpen, setIsOpen] = useState(false);
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="delete-title">Delete cluster</h2>
          <p>Removes the cluster and its encrypted credentials from Lotse. The audit log keeps the record.</p>
        </div>
        <button
          type="button"
          className="btn btn-danger row-end"
          onClick={() => {
            remove.reset();
            setIsOpen(true);
          }}
        >
          Delete cluster…
        </button>
      </div>
      <ConfirmDialog
        isOpen={isOpen}
        title={`Delete ${name}?`}
        confirmLabel="Delete cluster"
        confirmText={name}
        isDanger
        isPending={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => setIsOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setIsOpen(false);
              router.push("/settings/clusters");
            },
          })
        }
      >
        <p>Its credentials are destroyed. Nothing changes on the cluster itself.</p>
      </ConfirmDialog>
    </section>
  );
}
