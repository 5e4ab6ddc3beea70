import type { X509Certificate } from "node:crypto";
import { assertHostAllowed } from "./assert-host-allowed";
import { assertKeyMatchesCertificate } from "./assert-key-matches-certificate";
import { CredentialError } from "./credential-error";
import type { TalosContextMaterial } from "./credential-types";
import { isHostName } from "./is-host-name";
import { parseShape } from "./parse-shape";
import { readCertificates } from "./read-certificates";
import { readPrivateKey } from "./read-private-key";
import { readTalosEndpoint } from "./read-talos-endpoint";
import { talosContextSchema } from "./talosconfig-schemas";

export interface TalosContextParts {
  material: TalosContextMaterial;
  clientCertificate: X509Certificate;
  caCertificates: X509Certificate[];
}

/**
 * Validates one talosconfig context: endpoints (not link-local unless allowed), nodes, and base64
 * PEM `ca`, `crt` and a matching `key` (Talos' `ED25519 PRIVATE KEY` label accepted). Omni
 * authentication, basic auth and proxies are refused.
 */
export function readTalosContext({
  name,
  entry,
  field,
  allowLinkLocal,
}: {
  name: string;
  entry: Record<string, unknown>;
  field: string;
  allowLinkLocal: boolean;
}): TalosContextParts {
  const context = parseShape({ schema: talosContextSchema, value: entry, field, label: "talosconfig" });
  const refuse = (key: string, message: string) =>
    new CredentialError({ field: `${field}.${key}`, message: `The talosconfig context "${name}" ${message}.` });
  if (context.auth?.siderov1 != null) {
    throw refuse(
      "auth.siderov1",
      "uses Omni authentication (auth.siderov1), which Lotse does not support; use a talosconfig with a client certificate, e.g. from `talosctl config new --roles os:reader`",
    );
  }
  if (context.auth?.basic != null)
    throw refuse(
      "auth.basic",
      "uses basic authentication (auth.basic), which Lotse does not support; Lotse authenticates with the client certificate only",
    );
  if (typeof entry["proxy-url"] === "string" && entry["proxy-url"] !== "") {
    throw refuse(
      "proxy-url",
      "uses a proxy (proxy-url), which Lotse does not support; Lotse connects to the endpoints directly",
    );
  }
  // talosctl moves the deprecated `target` into `endpoints` on load.
  const target = context.target?.trim();
  const endpoints = [...context.endpoints.map((endpoint) => endpoint.trim()), ...(target ? [target] : [])];
  if (endpoints.length === 0)
    throw refuse("endpoints", "has no endpoints; add the control plane addresses (`talosctl config endpoint <ip>`)");
  endpoints.forEach((endpoint, index) => {
    const endpointField = `${field}.endpoints[${index}]`;
    const { host } = readTalosEndpoint({ endpoint, field: endpointField });
    assertHostAllowed({ host, allowLinkLocal, field: endpointField });
  });
  const nodes = context.nodes.map((node) => node.trim());
  nodes.forEach((node, index) => {
    if (!isHostName({ host: node }))
      throw refuse(`nodes[${index}]`, `has a node "${node.slice(0, 100)}" that is not an IP address or host name`);
  });
  for (const key of ["ca", "crt", "key"] as const) {
    if (!context[key]?.trim())
      throw refuse(
        key,
        `has no ${key}; a talosconfig needs base64 PEM ca, crt and key (as \`talosctl config new\` writes them)`,
      );
  }
  const what = (key: string) => `The ${key} of talosconfig context "${name}"`;
  const ca = readCertificates({ value: context.ca ?? "", field: `${field}.ca`, what: what("ca") });
  const crt = readCertificates({ value: context.crt ?? "", field: `${field}.crt`, what: what("crt") });
  const key = readPrivateKey({ value: context.key ?? "", field: `${field}.key`, what: what("key") });
  const [clientCertificate] = crt.certificates;
  if (!clientCertificate) throw new Error("readCertificates returned no certificate");
  assertKeyMatchesCertificate({
    key: key.key,
    certificate: clientCertificate,
    field: `${field}.key`,
    what: what("key"),
  });
  return {
    material: { endpoints, nodes, ca: ca.pem, crt: crt.pem, key: key.pem },
    clientCertificate,
    caCertificates: ca.certificates,
  };
}
