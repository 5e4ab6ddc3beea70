import {
  clusterNameSchema,
  labelsSchema,
  scheduleSchema,
  type CreateClusterInput,
  type UpdateClusterInput,
} from "@/lib/shared/cluster-schemas";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { listCredentialContexts } from "@/lib/client/credentials/list-credential-contexts";
import { parseLabels } from "@/lib/client/format/format-labels";
import type { ClusterFieldErrors, ClusterFormValues, CredentialDraft } from "./cluster-form-values";

/**
 * The context to send with a credential: the picked one, else the file's current one, else its only
 * one. undefined lets the server decide (and explain) — e.g. when the text could not be read here.
 */
export function chooseDraftContext(draft: CredentialDraft, kind: "kubeconfig" | "talosconfig"): string | undefined {
  const contexts = listCredentialContexts({ text: draft.text, kind });
  if (!contexts || contexts.names.length === 0) return undefined;
  if (draft.context && contexts.names.includes(draft.context)) return draft.context;
  if (contexts.current && contexts.names.includes(contexts.current)) return contexts.current;
  return contexts.names.length === 1 ? contexts.names[0] : undefined;
}

function firstIssue(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  const issue = result.error?.issues[0];
  if (!issue) return "is not valid";
  // Server-side messages quote examples in Markdown backticks; on screen they are noise.
  const message = issue.message.replaceAll("`", "");
  return issue.path.length ? `"${issue.path.map(String).join(".")}": ${message}` : message;
}

/** Checks the form before it is sent; the server checks everything again (and the credentials for real). */
export function validateClusterForm(values: ClusterFormValues, mode: "create" | "edit"): ClusterFieldErrors {
  const errors: ClusterFieldErrors = {};
  const name = clusterNameSchema.safeParse(values.name);
  if (!name.success) errors.name = `Name: ${firstIssue(name)}.`;
  const labels = parseLabels(values.labels);
  if (!labels.ok) errors.labels = labels.message;
  else {
    const checked = labelsSchema.safeParse(labels.labels);
    if (!checked.success) errors.labels = `Label ${firstIssue(checked)}.`;
  }
  if (values.site.trim().length > 100) errors.site = "Site: at most 100 characters.";
  const schedule = scheduleSchema.safeParse(values.schedule);
  if (!schedule.success) errors.schedule = `Schedule ${firstIssue(schedule)}.`;
  if (mode === "create" && values.kubeconfig.text.trim() === "") errors.kubeconfig = "Upload or paste a kubeconfig.";
  if (mode === "edit" && values.talosMode === "replace" && values.talosconfig.text.trim() === "") {
    errors.talosconfig = "Upload or paste the new talosconfig, or keep the current one.";
  }
  errors.kubeconfig ??= missingContext(values.kubeconfig, "kubeconfig");
  errors.talosconfig ??= missingContext(values.talosconfig, "talosconfig");
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as ClusterFieldErrors;
}

function missingContext(draft: CredentialDraft, kind: "kubeconfig" | "talosconfig"): string | undefined {
  const contexts = listCredentialContexts({ text: draft.text, kind });
  if (!contexts || contexts.names.length < 2 || chooseDraftContext(draft, kind)) return undefined;
  return `The ${kind} has ${contexts.names.length} contexts and no current one: choose which to use.`;
}

function readLabels(text: string): Record<string, string> {
  const parsed = parseLabels(text);
  return parsed.ok ? parsed.labels : {};
}

export function toCreateInput(values: ClusterFormValues): CreateClusterInput {
  const labels = readLabels(values.labels);
  const hasTalos = values.talosconfig.text.trim() !== "";
  return {
    name: values.name.trim(),
    environment: values.environment,
    ...(values.site.trim() ? { site: values.site.trim() } : {}),
    ...(Object.keys(labels).length ? { labels } : {}),
    schedule: values.schedule.trim(),
    kubeconfig: values.kubeconfig.text,
    kubeContext: chooseDraftContext(values.kubeconfig, "kubeconfig"),
    ...(hasTalos
      ? { talosconfig: values.talosconfig.text, talosContext: chooseDraftContext(values.talosconfig, "talosconfig") }
      : {}),
  };
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

/** Only what changed, so the audit log records exactly that. */
export function toUpdateInput(values: ClusterFormValues, original: ClusterView): UpdateClusterInput {
  const input: UpdateClusterInput = {};
  if (values.name.trim() !== original.name) input.name = values.name.trim();
  if (values.environment !== original.environment) input.environment = values.environment;
  const site = values.site.trim() || null;
  if (site !== original.site) input.site = site;
  const labels = readLabels(values.labels);
  if (!sameLabels(labels, original.labels)) input.labels = labels;
  if (values.schedule.trim() !== original.schedule) input.schedule = values.schedule.trim();
  if (values.kubeconfig.text.trim() !== "") {
    input.kubeconfig = values.kubeconfig.text;
    input.kubeContext = chooseDraftContext(values.kubeconfig, "kubeconfig");
  }
  const isTalosReplaced = original.talos ? values.talosMode === "replace" : values.talosconfig.text.trim() !== "";
  if (isTalosReplaced) {
    input.talosconfig = values.talosconfig.text;
    input.talosContext = chooseDraftContext(values.talosconfig, "talosconfig");
  } else if (original.talos && values.talosMode === "remove") {
    input.talosconfig = null;
  }
  return input;
}
