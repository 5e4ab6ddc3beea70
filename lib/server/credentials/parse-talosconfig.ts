import { buildTalosconfigYaml } from "./build-talosconfig-yaml";
import { chooseContext } from "./choose-context";
import { CredentialError } from "./credential-error";
import type { ParsedTalosconfig, TalosconfigInfo, TalosContextMaterial } from "./credential-types";
import { listTalosCertificateWarnings } from "./list-talos-certificate-warnings";
import { parseCredentialYaml } from "./parse-credential-yaml";
import { parseShape } from "./parse-shape";
import { readTalosContext } from "./read-talos-context";
import { summarizeCertificate } from "./summarize-certificate";
import { talosconfigFileSchema } from "./talosconfig-schemas";

export type { ParsedTalosconfig, TalosconfigInfo, TalosContextMaterial } from "./credential-types";

/**
 * Validates an uploaded talosconfig and reduces it to the chosen context (explicit `context`, else
 * the file's `context`, else the only one). Throws CredentialError (400, or 413 for size). `info`
 * is safe to store and show (roles come from the client certificate's Subject O); `normalized`
 * and `material` hold the key and must only be stored encrypted.
 *
 * `allowLinkLocal` (default false) admits endpoints at link-local / cloud-metadata addresses.
 */
export function parseTalosconfig({
  text,
  context,
  allowLinkLocal = false,
}: {
  text: string;
  context?: string;
  allowLinkLocal?: boolean;
}): ParsedTalosconfig {
  const raw = parseCredentialYaml({ text, field: "talosconfig", label: "talosconfig" });
  const isMapping = typeof raw === "object" && raw !== null && !Array.isArray(raw);
  // A real kubeconfig has `contexts` too (a list, where a talosconfig has a mapping).
  const isKubeconfig = isMapping && ("clusters" in raw || ("contexts" in raw && Array.isArray(raw.contexts)));
  if (!isMapping || isKubeconfig || !("contexts" in raw)) {
    throw new CredentialError({
      field: "talosconfig",
      message: isKubeconfig
        ? "This looks like a kubeconfig, not a talosconfig; upload it as the kubeconfig."
        : "This is not a talosconfig: expected a YAML mapping with `context` and `contexts`.",
    });
  }
  const file = parseShape({ schema: talosconfigFileSchema, value: raw, field: "talosconfig", label: "talosconfig" });
  const contexts = Object.keys(file.contexts);
  const chosen = chooseContext({
    names: contexts,
    explicit: context,
    current: file.context ?? undefined,
    field: "talosconfig.context",
    label: "talosconfig",
  });
  const entry = Object.hasOwn(file.contexts, chosen) ? file.contexts[chosen] : undefined;
  if (!entry) throw new Error("chooseContext returned an unknown context");
  const parts = readTalosContext({ name: chosen, entry, field: `talosconfig.contexts.${chosen}`, allowLinkLocal });
  const clientCertificate = summarizeCertificate({ certificate: parts.clientCertificate });
  const roles = clientCertificate.organizations;
  const warnings = listTalosCertificateWarnings({ certificate: parts.clientCertificate, roles });
  const info: TalosconfigInfo = {
    context: chosen,
    contexts,
    endpoints: parts.material.endpoints,
    nodes: parts.material.nodes,
    roles,
    clientCertificate,
    certificateAuthority: parts.caCertificates.map((certificate) => summarizeCertificate({ certificate })),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  const normalized = buildTalosconfigYaml({ context: chosen, material: parts.material });
  return { context: chosen, contexts, normalized, info, material: parts.material };
}

/**
 * Decodes a stored normalized talosconfig (the output of parseTalosconfig, after decryption) into
 * PEM material for the Talos client; validated again on the way. The key keeps its file label.
 *
 * Note: the link-local check is not repeated: it ran with the deployment's setting at upload.
 * The returned object holds the private key; keep it inside the calling function.
 */
export function readTalosContextMaterial({ normalized }: { normalized: string }): TalosContextMaterial {
  return parseTalosconfig({ text: normalized, allowLinkLocal: true }).material;
}
