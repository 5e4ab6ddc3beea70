import type { ParsedKubeconfig } from "./credential-types";
import { validateKubeconfig } from "./validate-kubeconfig";

export type { CertificateSummary, KubeconfigInfo, ParsedKubeconfig } from "./credential-types";

/**
 * Validates an uploaded kubeconfig and reduces it to the chosen context (explicit `context`, else
 * `current-context`, else the only one). Throws CredentialError (400, or 413 for size) with a
 * message for the uploader. `info` is safe to store and show; `normalized` holds the secrets and
 * must only be stored encrypted.
 *
 * `allowLinkLocal` (default false) admits servers at link-local / cloud-metadata addresses.
 */
export function parseKubeconfig({
  text,
  context,
  allowLinkLocal = false,
}: {
  text: string;
  context?: string;
  allowLinkLocal?: boolean;
}): ParsedKubeconfig {
  return validateKubeconfig({ text, context, allowLinkLocal }).parsed;
}
