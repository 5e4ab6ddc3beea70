import { DEFAULT_SCHEDULE, type ClusterEnvironment } from "@/lib/shared/cluster-schemas";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { formatLabels } from "@/lib/client/format/format-labels";

/** A kubeconfig or talosconfig as the form holds it: text (from a file or pasted) and the picked context. */
export interface CredentialDraft {
  text: string;
  /** set when the text came from an uploaded file; the text is then not shown on screen */
  fileName: string | null;
  /** "" = let the file's current context decide */
  context: string;
}

export type TalosMode = "keep" | "replace" | "remove";

export interface ClusterFormValues {
  name: string;
  environment: ClusterEnvironment;
  site: string;
  labels: string;
  schedule: string;
  kubeconfig: CredentialDraft;
  talosconfig: CredentialDraft;
  /** edit only: what happens to a registered talosconfig */
  talosMode: TalosMode;
}

export type ClusterField = "name" | "environment" | "site" | "labels" | "schedule" | "kubeconfig" | "talosconfig";
export type ClusterFieldErrors = Partial<Record<ClusterField, string>>;

export const EMPTY_CREDENTIAL: CredentialDraft = { text: "", fileName: null, context: "" };

export function emptyClusterFormValues(): ClusterFormValues {
  return {
    name: "",
    environment: "on-prem",
    site: "",
    labels: "",
    schedule: DEFAULT_SCHEDULE,
    kubeconfig: EMPTY_CREDENTIAL,
    talosconfig: EMPTY_CREDENTIAL,
    talosMode: "keep",
  };
}

export function clusterFormValuesFrom(cluster: ClusterView): ClusterFormValues {
  return {
    name: cluster.name,
    environment: cluster.environment,
    site: cluster.site ?? "",
    labels: formatLabels(cluster.labels),
    schedule: cluster.schedule,
    kubeconfig: EMPTY_CREDENTIAL,
    talosconfig: EMPTY_CREDENTIAL,
    talosMode: "keep",
  };
}
