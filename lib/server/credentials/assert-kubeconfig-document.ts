import { CredentialError } from "./credential-error";

/** Refuses, with a helpful message, a document that is not a kubeconfig at all. */
export function assertKubeconfigDocument({ value }: { value: unknown }): void {
  const field = "kubeconfig";
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CredentialError({
      field,
      message: "This is not a kubeconfig: expected a YAML mapping with clusters, users and contexts.",
    });
  }
  const document = value as Record<string, unknown>;
  const contexts = document.contexts;
  if (!("clusters" in document) && typeof contexts === "object" && contexts !== null && !Array.isArray(contexts)) {
    throw new CredentialError({
      field,
      message: "This looks like a talosconfig, not a kubeconfig; upload it as the talosconfig.",
    });
  }
  if (!("clusters" in document) && !("users" in document) && !("contexts" in document)) {
    throw new CredentialError({ field, message: "This is not a kubeconfig: it has no clusters, users or contexts." });
  }
}
