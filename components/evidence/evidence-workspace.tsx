"use client";

import { Alert } from "@/components/ui/alert";
import { useClusters } from "@/lib/client/clusters/use-clusters";
import { useEvidencePublicKey } from "@/lib/client/evidence/use-evidence-public-key";
import { useHeatmap } from "@/lib/client/fleet/use-heatmap";
import { EvidenceGenerator } from "./evidence-generator";
import { EvidencePacks } from "./evidence-packs";
import { EvidencePublicKey } from "./evidence-public-key";
import type { ScopeOptions } from "./evidence-scope-fields";

/**
 * /evidence: for auditors and admins the scope, preview, generation and the packs made so far;
 * for everyone the signing key and how to verify a pack; other roles learn who may generate.
 */
export function EvidenceWorkspace({
  frameworks,
  canGenerate,
}: {
  frameworks: ScopeOptions["frameworks"];
  canGenerate: boolean;
}) {
  const publicKey = useEvidencePublicKey();
  return (
    <div className="stack">
      {canGenerate ? (
        <Packs frameworks={frameworks} />
      ) : (
        <section aria-label="Pack">
          <Alert tone="info" title="Auditors and admins generate evidence packs">
            A pack holds every finding with its evidence, so only the auditor and admin roles may generate and download
            packs. Ask an admin if you need the auditor role; the verification steps below work for anyone holding a
            pack.
          </Alert>
        </section>
      )}
      <section className="card" aria-labelledby="evidence-key-title">
        <div className="card-header">
          <h2 id="evidence-key-title">Verification</h2>
        </div>
        <div className="card-body">
          <EvidencePublicKey
            fingerprint={publicKey.data?.fingerprint}
            isPending={publicKey.isPending}
            error={publicKey.error}
            onRetry={() => void publicKey.refetch()}
          />
        </div>
      </section>
    </div>
  );
}

/** Generator and list share the cluster names and facets (read once here). */
function Packs({ frameworks }: { frameworks: ScopeOptions["frameworks"] }) {
  const clusters = useClusters();
  const heatmap = useHeatmap({});
  const clusterOptions = (clusters.data ?? [])
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = {
    frameworks: new Map(frameworks.map(({ id, name }) => [id, name])),
    clusters: new Map(clusterOptions.map(({ id, name }) => [id, name])),
  };
  const options: ScopeOptions = {
    frameworks,
    sites: heatmap.data?.facets.sites ?? [],
    labels: heatmap.data?.facets.labels ?? [],
    clusters: clusterOptions,
  };
  return (
    <>
      <EvidenceGenerator options={options} />
      <EvidencePacks names={names} />
    </>
  );
}
