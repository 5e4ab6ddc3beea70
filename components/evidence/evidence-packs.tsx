"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import type { ScopeNames } from "@/lib/client/evidence/describe-evidence";
import { useEvidencePacks } from "@/lib/client/evidence/use-evidence-packs";
import { EvidencePackTable } from "./evidence-pack-table";

/** The packs generated so far (container: reads and polls the list while one is being built). */
export function EvidencePacks({ names }: { names: ScopeNames }) {
  const packs = useEvidencePacks();
  return (
    <section aria-labelledby="evidence-packs-title" className="stack-sm">
      <h2 id="evidence-packs-title">Packs</h2>
      {packs.isPending ? (
        <LoadingState label="Loading evidence packs…" />
      ) : packs.isError ? (
        <ErrorState
          title="Evidence packs could not be loaded"
          error={packs.error}
          onRetry={() => void packs.refetch()}
        />
      ) : packs.data.length === 0 ? (
        <EmptyState icon="evidence" title="No evidence packs yet">
          <p>
            Choose frameworks, clusters and a period above and generate a pack: a signed zip with the executive summary,
            every control and finding with its evidence, an OSCAL assessment-results document and a manifest an auditor
            can verify offline.
          </p>
        </EmptyState>
      ) : (
        <EvidencePackTable packs={packs.data} names={names} />
      )}
    </section>
  );
}
