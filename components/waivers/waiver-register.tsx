"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { isClusterView } from "@/lib/client/clusters/fetch-clusters";
import { useClusters } from "@/lib/client/clusters/use-clusters";
import {
  countByState,
  describeWaiverScope,
  parseWaiverFilter,
  selectWaivers,
  WAIVER_FILTERS,
  type WaiverFilter,
} from "@/lib/client/waivers/describe-waivers";
import { useCreateWaiver, useRevokeWaiver, useWaivers } from "@/lib/client/waivers/use-waivers";
import type { CreateWaiverInput, WaiverView } from "@/lib/shared/waiver-view";
import { WaiverCreateForm, type WaivableCheck } from "./waiver-create-form";
import { WaiverTable } from "./waiver-table";

/**
 * /waivers: the register of accepted risks (everyone reads it; `?state=` keeps the filter in the
 * URL) and, for engineers and admins, the form to accept one and the button to revoke one.
 */
export function WaiverRegister({
  checks,
  canManage,
  approver,
}: {
  checks: WaivableCheck[];
  canManage: boolean;
  approver: string;
}) {
  const waivers = useWaivers();
  const clusters = useClusters();
  const create = useCreateWaiver();
  const revoke = useRevokeWaiver();
  const [revoking, setRevoking] = useState<WaiverView | null>(null);
  const [now] = useState(() => Date.now());
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = parseWaiverFilter(params.get("state"));

  function setFilter(next: WaiverFilter) {
    const search = new URLSearchParams(params);
    if (next === "active") search.delete("state");
    else search.set("state", next);
    const query = search.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  async function onCreate(input: CreateWaiverInput): Promise<boolean> {
    try {
      await create.mutateAsync(input);
      return true;
    } catch {
      return false;
    }
  }

  const clusterOptions = (clusters.data ?? []).filter(isClusterView).map(({ id, name }) => ({ id, name }));

  return (
    <div className="stack">
      {canManage ? (
        <section className="card" aria-labelledby="create-waiver-title">
          <div className="card-header">
            <h2 id="create-waiver-title">Accept a risk</h2>
          </div>
          <div className="card-body">
            <WaiverCreateForm
              checks={checks}
              clusters={clusterOptions}
              approver={approver}
              initial={{
                checkId: params.get("check") ?? "",
                clusterId: params.get("cluster") ?? "",
                namespace: params.get("namespace") ?? "",
                node: params.get("node") ?? "",
              }}
              isPending={create.isPending}
              error={create.error?.message ?? null}
              onCreate={onCreate}
            />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="waivers-title" className="stack-sm">
        <h2 id="waivers-title">Register</h2>
        {waivers.isPending ? (
          <LoadingState label="Loading waivers…" />
        ) : waivers.isError ? (
          <ErrorState
            title="Waivers could not be loaded"
            error={waivers.error}
            onRetry={() => void waivers.refetch()}
          />
        ) : (
          <WaiverList
            waivers={waivers.data}
            filter={filter}
            now={now}
            onFilter={setFilter}
            onRevoke={
              canManage
                ? (waiver) => {
                    revoke.reset();
                    setRevoking(waiver);
                  }
                : undefined
            }
          />
        )}
      </section>
      <ConfirmDialog
        isOpen={revoking !== null}
        title="Revoke this waiver?"
        confirmLabel="Revoke waiver"
        isDanger
        isPending={revoke.isPending}
        error={revoke.error?.message ?? null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) });
        }}
      >
        <p>
          {revoking ? `${revoking.checkId} on ${describeWaiverScope(revoking)}: ` : null}
          its findings count as failures again from the re-evaluation that follows. The waiver stays in the register as
          revoked.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function WaiverList({
  waivers,
  filter,
  now,
  onFilter,
  onRevoke,
}: {
  waivers: WaiverView[];
  filter: WaiverFilter;
  now: number;
  onFilter: (filter: WaiverFilter) => void;
  onRevoke?: (waiver: WaiverView) => void;
}) {
  const counts = countByState(waivers);
  const shown = selectWaivers(waivers, filter);
  return (
    <>
      <SegmentedControl
        label="Show waivers"
        options={WAIVER_FILTERS.map(({ value, label }) => ({ value, label, count: counts[value] }))}
        value={filter}
        onChange={onFilter}
      />
      {shown.length === 0 ? (
        <EmptyState icon="waiver" title={waivers.length === 0 ? "No waivers yet" : "No waivers here"}>
          <p>
            {waivers.length === 0
              ? "A waiver records an accepted risk: the finding shows as WAIVED, with the failure still visible, until the waiver expires."
              : "Other filters list the rest of the register."}
          </p>
        </EmptyState>
      ) : (
        <WaiverTable waivers={shown} now={now} onRevoke={onRevoke} />
      )}
    </>
  );
}
