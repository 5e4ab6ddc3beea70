"use client";

import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useClusterImports } from "@/lib/client/imports/use-cluster-imports";
import { useUploadImport } from "@/lib/client/imports/use-upload-import";
import type { Role } from "@/lib/shared/roles";
import { ImportTable } from "./import-table";
import { ImportUploadForm } from "./import-upload-form";
import styles from "./imports.module.css";

/**
 * Results of other scanners (kube-bench, Trivy, Kubescape) for this cluster: the list for everyone,
 * the upload for admins and engineers. Imports join the CIS view until they expire.
 */
export function ScannerImportsPanel({ clusterId, role }: { clusterId: string; role: Role }) {
  const imports = useClusterImports(clusterId);
  const upload = useUploadImport(clusterId);
  const canImport = role === "admin" || role === "engineer";

  async function onUpload(input: { file: File; node?: string }): Promise<boolean> {
    try {
      await upload.mutateAsync(input);
      return true;
    } catch {
      return false;
    }
  }

  return (
    <section className="card" aria-labelledby="imports-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="imports-title">Scanner imports</h2>
          <p>
            kube-bench, Trivy and Kubescape results run on the nodes answer the checks Lotse cannot see through the APIs
            {imports.data ? `; each counts for ${imports.data.maxAgeDays} days` : ""}. Lotse&apos;s own evidence wins
            where it has a verdict.
          </p>
        </div>
      </div>
      {imports.isPending ? (
        <div className="card-body">
          <LoadingState label="Loading imports…" rows={2} />
        </div>
      ) : imports.isError ? (
        <div className="card-body">
          <ErrorState
            title="Imports could not be loaded"
            error={imports.error}
            onRetry={() => void imports.refetch()}
          />
        </div>
      ) : (
        <>
          {canImport ? (
            <div className="card-body">
              <ImportUploadForm
                maxBytes={imports.data.maxBytes}
                isPending={upload.isPending}
                error={upload.error?.message ?? null}
                onUpload={onUpload}
              />
            </div>
          ) : null}
          {imports.data.items.length > 0 ? (
            <ImportTable items={imports.data.items} />
          ) : (
            <div className="card-body">
              <p className={styles.meta}>No scanner results imported for this cluster.</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
