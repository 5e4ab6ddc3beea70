import type { ApiError } from "@/lib/client/api/api-error";
import type { ClusterField } from "./cluster-form-values";

const FIELDS: Record<string, ClusterField> = {
  name: "name",
  environment: "environment",
  site: "site",
  labels: "labels",
  schedule: "schedule",
  kubeconfig: "kubeconfig",
  kubeContext: "kubeconfig",
  talosconfig: "talosconfig",
  talosContext: "talosconfig",
};

/**
 * Which form field a refusal belongs to: the server's `details.field` (credential errors, e.g.
 * `kubeconfig.users[0].user.exec`), else the field a validation message starts with
 * (`schedule: must be…`), else a name conflict; null = a form-level message.
 */
export function mapClusterError(error: ApiError): ClusterField | null {
  const path = error.field ?? /^([A-Za-z]+)[.:[]/.exec(error.message)?.[1];
  const root = path?.split(/[.[]/)[0];
  if (root && Object.hasOwn(FIELDS, root)) return FIELDS[root] ?? null;
  if (error.status === 409 && /named/.test(error.message)) return "name";
  return null;
}
