"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { ApiError } from "@/lib/client/api/api-error";
import { validateClusterForm } from "@/lib/client/clusters/build-cluster-input";
import type { ClusterField, ClusterFieldErrors, ClusterFormValues } from "@/lib/client/clusters/cluster-form-values";
import { mapClusterError } from "@/lib/client/clusters/map-cluster-error";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { ClusterFields } from "./cluster-fields";
import { CredentialInput } from "./credential-input";
import { TalosModeField } from "./talos-mode-field";

const FOCUS_TARGET: Record<ClusterField, string[]> = {
  name: ["cluster-name"],
  environment: ["cluster-environment"],
  site: ["cluster-site"],
  labels: ["cluster-labels"],
  schedule: ["cluster-schedule"],
  kubeconfig: ["kubeconfig-text", "kubeconfig-context", "kubeconfig-file"],
  talosconfig: ["talosconfig-text", "talosconfig-context", "talosconfig-file"],
};

function focusField(field: ClusterField) {
  const element = FOCUS_TARGET[field].map((id) => document.getElementById(id)).find(Boolean);
  element?.focus();
}

/** Add or edit a cluster. Validates what it can, submits, and puts the server's refusal next to the field it names. */
export function ClusterForm({
  mode,
  initialValues,
  original,
  isPending,
  serverError,
  onSubmit,
  cancelHref,
}: {
  mode: "create" | "edit";
  initialValues: ClusterFormValues;
  original?: ClusterView;
  isPending: boolean;
  serverError: ApiError | null;
  onSubmit: (values: ClusterFormValues) => void;
  cancelHref: string;
}) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<ClusterFieldErrors>({});
  const serverField = serverError ? mapClusterError(serverError) : null;
  const shown: ClusterFieldErrors =
    serverError && serverField ? { ...errors, [serverField]: serverError.message } : errors;

  function change<K extends keyof ClusterFormValues>(key: K, value: ClusterFormValues[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateClusterForm(values, mode);
    setErrors(found);
    const first = Object.keys(found)[0] as ClusterField | undefined;
    if (first) {
      focusField(first);
      return;
    }
    onSubmit(values);
  }

  const talosRegistered = Boolean(original?.talos);
  const showTalosInput = !talosRegistered || values.talosMode === "replace";
  const errorCount = Object.keys(shown).length;

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={mode === "create" ? "Add cluster" : "Edit cluster"}
    >
      <section className="form-section">
        <h3 className="form-section-title">Cluster</h3>
        <ClusterFields values={values} errors={shown} onChange={change} />
      </section>
      <section className="form-section">
        <h3 className="form-section-title">Kubernetes access</h3>
        <CredentialInput
          id="kubeconfig"
          kind="kubeconfig"
          label={mode === "create" ? "Kubeconfig" : "Replace kubeconfig"}
          isOptional={mode === "edit"}
          hint={
            mode === "create"
              ? "A read-only ServiceAccount or client certificate; certificates embedded, https only, no exec plugins. Encrypted at rest, never shown again."
              : `Leave empty to keep the current one (context ${original?.kubernetes.context ?? "—"} on ${original?.kubernetes.server ?? "—"}).`
          }
          value={values.kubeconfig}
          onChange={(value) => change("kubeconfig", value)}
          error={shown.kubeconfig}
        />
      </section>
      <section className="form-section">
        <h3 className="form-section-title">Talos access</h3>
        {talosRegistered ? (
          <TalosModeField value={values.talosMode} onChange={(mode) => change("talosMode", mode)} />
        ) : null}
        {showTalosInput ? (
          <CredentialInput
            id="talosconfig"
            kind="talosconfig"
            label={talosRegistered ? "New talosconfig" : "Talosconfig"}
            isOptional={!talosRegistered}
            hint="For Talos Linux clusters: a client certificate with role os:reader (talosctl config new --roles os:reader)."
            value={values.talosconfig}
            onChange={(value) => change("talosconfig", value)}
            error={shown.talosconfig}
          />
        ) : null}
        {talosRegistered && values.talosMode === "remove" ? (
          <Alert tone="warning">
            On save, the Talos credential is deleted; Talos-only checks become UNKNOWN for this cluster.
          </Alert>
        ) : null}
      </section>
      {serverError && !serverField ? (
        <Alert
          tone="danger"
          isLive
          title={mode === "create" ? "The cluster was not added" : "The changes were not saved"}
        >
          {serverError.message}
        </Alert>
      ) : errorCount > 0 ? (
        <Alert tone="danger" isLive>
          {errorCount === 1 ? "One field needs attention" : `${errorCount} fields need attention`}; see the messages
          above.
        </Alert>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending
            ? mode === "create"
              ? "Checking and adding…"
              : "Saving…"
            : mode === "create"
              ? "Add cluster"
              : "Save changes"}
        </button>
        <Link className="btn btn-ghost" href={cancelHref}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
