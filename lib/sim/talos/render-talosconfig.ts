import { stringify } from "yaml";

/**
 * A talosconfig as talosctl writes it (config.go): one context; `ca`, `crt` and `key` are base64
 * of PEM, and the Ed25519 key PEM is labelled `ED25519 PRIVATE KEY` (PKCS#8 DER inside), as
 * siderolabs/crypto writes it.
 */
export function renderTalosconfig({
  contextName,
  endpoints,
  nodes,
  caPem,
  certPem,
  keyPem,
}: {
  contextName: string;
  endpoints: string[];
  nodes: string[];
  caPem: string;
  certPem: string;
  /** PKCS#8 PEM labelled `PRIVATE KEY`; relabelled here. */
  keyPem: string;
}): string {
  const talosKeyPem = keyPem
    .replace("-----BEGIN PRIVATE KEY-----", "-----BEGIN ED25519 PRIVATE KEY-----")
    .replace("-----END PRIVATE KEY-----", "-----END ED25519 PRIVATE KEY-----");
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  return stringify(
    {
      context: contextName,
      contexts: {
        [contextName]: { endpoints, nodes, ca: base64(caPem), crt: base64(certPem), key: base64(talosKeyPem) },
      },
    },
    { indent: 4, lineWidth: 0 },
  );
}
