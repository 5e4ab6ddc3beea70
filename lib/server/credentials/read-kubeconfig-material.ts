import type { KubeconfigMaterial } from "./credential-types";
import { validateKubeconfig } from "./validate-kubeconfig";

/**
 * Decodes a stored normalized kubeconfig (the output of parseKubeconfig, after decryption) into
 * PEM text and token for a client. It is validated again on the way, so a file that somehow
 * changed still cannot carry exec plugins or file paths.
 *
 * Note: the link-local check is not repeated: it ran with the deployment's setting at upload.
 * The returned object holds secrets; keep it inside the calling function.
 */
export function readKubeconfigMaterial({ normalized }: { normalized: string }): KubeconfigMaterial {
  return validateKubeconfig({ text: normalized, allowLinkLocal: true }).material;
}
