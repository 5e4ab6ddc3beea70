"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import {
  readScopeForm,
  toScopeInput,
  withDefaultPeriod,
  writeScopeForm,
  type EvidenceScopeForm,
} from "@/lib/client/evidence/evidence-scope-form";
import { useCreateEvidencePack } from "@/lib/client/evidence/use-create-evidence-pack";
import { useEvidencePack } from "@/lib/client/evidence/use-evidence-pack";
import { useEvidencePreview } from "@/lib/client/evidence/use-evidence-preview";
import { EvidencePackProgress } from "./evidence-pack-progress";
import { EvidencePreview } from "./evidence-preview";
import { EvidenceScopeFields, type ScopeOptions } from "./evidence-scope-fields";
import styles from "./evidence.module.css";

/**
 * Scope (kept in the URL: `?frameworks=…&by=…&from=…&to=…`), a live preview of its counts, and
 * "Generate pack" followed by the new pack's progress and download. Auditors and admins only.
 */
export function EvidenceGenerator({ options }: { options: ScopeOptions }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const [now] = useState(() => Date.now());
  const form = readScopeForm(
    new URLSearchParams(params),
    options.frameworks.map(({ id }) => id),
  );
  const result = toScopeInput(form, now);
  const scope = result.ok ? result.scope : null;
  const preview = useEvidencePreview(scope);
  const create = useCreateEvidencePack();
  const [packId, setPackId] = useState<string | null>(null);
  const pack = useEvidencePack(packId);
  const isEmpty = !preview.isPlaceholderData && preview.data?.clusters === 0;

  function change(next: Partial<EvidenceScopeForm>) {
    let merged: EvidenceScopeForm = { ...form, ...next };
    if (next.period === "range") merged = withDefaultPeriod(merged, now);
    const query = writeScopeForm(merged);
    // The native history API syncs useSearchParams without a server round trip per checkbox.
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  }

  function generate() {
    if (!scope) return;
    create.mutate(scope, { onSuccess: ({ id }) => setPackId(id) });
  }

  return (
    <div className={styles.layout}>
      <section className="card" aria-labelledby="evidence-scope-title">
        <div className="card-header">
          <h2 id="evidence-scope-title">Scope</h2>
        </div>
        <div className="card-body">
          <EvidenceScopeFields
            form={form}
            errors={result.ok ? {} : result.errors}
            options={options}
            now={now}
            onChange={change}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="evidence-pack-title">
        <div className="card-header">
          <h2 id="evidence-pack-title">Pack</h2>
        </div>
        <div className="card-body stack">
          <EvidencePreview
            preview={preview.data}
            isComplete={scope !== null}
            isPending={preview.isPending}
            isUpdating={preview.isPlaceholderData && preview.isFetching}
            error={preview.error}
            onRetry={() => void preview.refetch()}
          />
          <div className="stack-sm">
            <div className="row">
              <button
                type="button"
                className="btn btn-primary"
                disabled={scope === null || isEmpty || create.isPending}
                onClick={generate}
              >
                {create.isPending ? "Generating…" : "Generate pack"}
              </button>
            </div>
            <p className="field-hint">
              Signed with Lotse&apos;s evidence key. The generation and every download are recorded in the audit log.
            </p>
          </div>
          {create.error ? (
            <Alert tone="danger" isLive title="The pack was not started">
              {create.error.message}
            </Alert>
          ) : null}
          {create.isPending ? (
            <EvidencePackProgress pack={null} />
          ) : pack.data ? (
            <EvidencePackProgress pack={pack.data} />
          ) : null}
          {pack.error ? (
            <Alert tone="danger" isLive title="The pack's status could not be read">
              {pack.error.message}
            </Alert>
          ) : null}
        </div>
      </section>
    </div>
  );
}
