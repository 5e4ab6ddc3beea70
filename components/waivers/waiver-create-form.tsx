"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field } from "@/components/ui/field";
import { dateInputValue, expiryFromDateInput } from "@/lib/client/waivers/describe-waivers";
import { lastWaiverExpiryDay, type CreateWaiverInput } from "@/lib/shared/waiver-view";

export interface WaivableCheck {
  id: string;
  title: string;
  group: string;
}

const GROUP_LABELS: Record<string, string> = {
  seed: "Seed checks",
  cis: "CIS Kubernetes Benchmark",
  node: "Node hardening",
  credential: "Credentials",
};

const DEFAULT_DAYS = 90;

/** Accept a risk: which check, where, why, until when. Presentational: the container runs the mutation. */
export function WaiverCreateForm({
  checks,
  clusters,
  approver,
  initial,
  isPending,
  error,
  onCreate,
}: {
  checks: WaivableCheck[];
  clusters: { id: string; name: string }[];
  approver: string;
  /** Pre-filled scope, e.g. from a finding's "Waive…" link. */
  initial: { checkId: string; clusterId: string; namespace: string; node: string };
  isPending: boolean;
  error: string | null;
  onCreate: (input: CreateWaiverInput) => Promise<boolean>;
}) {
  const [now] = useState(() => Date.now());
  const [checkId, setCheckId] = useState(() =>
    checks.some((check) => check.id === initial.checkId) ? initial.checkId : "",
  );
  const [clusterId, setClusterId] = useState(initial.clusterId);
  const [namespace, setNamespace] = useState(initial.namespace);
  const [node, setNode] = useState(initial.node);
  const [justification, setJustification] = useState("");
  const [expiry, setExpiry] = useState(() => dateInputValue(now, DEFAULT_DAYS));
  const expiresAt = expiryFromDateInput(expiry);
  const groups = [...new Set(checks.map((check) => check.group))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!expiresAt) return;
    const isCreated = await onCreate({
      checkId,
      clusterId: clusterId || null,
      namespace: namespace.trim() || null,
      node: node.trim() || null,
      justification: justification.trim(),
      expiresAt,
    });
    if (isCreated) {
      setNamespace("");
      setNode("");
      setJustification("");
    }
  }

  return (
    <form className="stack-sm" style={{ gap: 16 }} onSubmit={(event) => void submit(event)} aria-label="Accept a risk">
      <div className="form-grid">
        <Field id="waiver-check" label="Check" hint="The finding this waiver turns from FAIL into WAIVED.">
          <select
            id="waiver-check"
            className="select"
            value={checkId}
            required
            onChange={(event) => setCheckId(event.target.value)}
            aria-describedby={describedBy({ id: "waiver-check", hasHint: true })}
          >
            <option value="">Choose a check…</option>
            {groups.map((group) => (
              <optgroup key={group} label={GROUP_LABELS[group] ?? group}>
                {checks
                  .filter((check) => check.group === group)
                  .map((check) => (
                    <option key={check.id} value={check.id}>
                      {check.id} — {check.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="waiver-cluster" label="Cluster" hint="A waiver for all clusters also covers clusters added later.">
          <select
            id="waiver-cluster"
            className="select"
            value={clusterId}
            onChange={(event) => setClusterId(event.target.value)}
            aria-describedby={describedBy({ id: "waiver-cluster", hasHint: true })}
          >
            <option value="">All clusters</option>
            {clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="waiver-namespace" label="Namespace" isOptional hint="Only findings about this namespace.">
          <input
            id="waiver-namespace"
            className="input"
            value={namespace}
            maxLength={253}
            autoComplete="off"
            onChange={(event) => setNamespace(event.target.value)}
            aria-describedby={describedBy({ id: "waiver-namespace", hasHint: true })}
          />
        </Field>
        <Field id="waiver-node" label="Node" isOptional hint="Only findings about this node.">
          <input
            id="waiver-node"
            className="input"
            value={node}
            maxLength={253}
            autoComplete="off"
            onChange={(event) => setNode(event.target.value)}
            aria-describedby={describedBy({ id: "waiver-node", hasHint: true })}
          />
        </Field>
        <Field
          id="waiver-expiry"
          label="Expires"
          hint="End of that day (UTC), at most one year ahead. The waiver stops applying by itself."
          error={expiresAt ? null : "Pick a date."}
        >
          <input
            id="waiver-expiry"
            type="date"
            className="input"
            value={expiry}
            min={dateInputValue(now, 1)}
            max={lastWaiverExpiryDay(new Date(now))}
            required
            onChange={(event) => setExpiry(event.target.value)}
            aria-invalid={expiresAt ? undefined : true}
            aria-describedby={describedBy({ id: "waiver-expiry", hasHint: true, error: expiresAt ? null : "x" })}
          />
        </Field>
      </div>
      <Field
        id="waiver-justification"
        label="Justification"
        hint={`Why the risk is accepted and what mitigates it. Recorded with your name (${approver}) as approver.`}
      >
        <textarea
          id="waiver-justification"
          className="input"
          rows={3}
          value={justification}
          minLength={10}
          maxLength={2000}
          required
          onChange={(event) => setJustification(event.target.value)}
          aria-describedby={describedBy({ id: "waiver-justification", hasHint: true })}
        />
      </Field>
      {error ? (
        <Alert tone="danger" isLive title="The waiver was not created">
          {error}
        </Alert>
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={isPending || !checkId || justification.trim().length < 10 || !expiresAt}
        >
          {isPending ? "Saving…" : "Accept risk"}
        </button>
      </div>
    </form>
  );
}
