import type { X509Certificate } from "node:crypto";
import { assertKeyMatchesCertificate } from "./assert-key-matches-certificate";
import { CredentialError } from "./credential-error";
import { findRefusal, USER_REFUSALS } from "./kubeconfig-refusals";
import { kubeUserSchema } from "./kubeconfig-schemas";
import { parseShape } from "./parse-shape";
import { readCertificates } from "./read-certificates";
import { readPrivateKey } from "./read-private-key";

export type KubeUserMaterial =
  | { authKind: "client-certificate"; certPem: string; certificate: X509Certificate; keyPem: string }
  | { authKind: "token"; token: string };

// Note: the token goes into an HTTP header; whitespace or control characters would break (or
// smuggle) headers, and real bearer tokens never contain them.
const TOKEN = /^[\x21-\x7e]+$/;

/**
 * Validates the chosen kubeconfig user: either an embedded client certificate with its matching
 * key, or a bearer token. Plugins, file paths, basic auth and impersonation are refused.
 */
export function readKubeUser({
  name,
  entry,
  field,
}: {
  name: string;
  entry: Record<string, unknown>;
  field: string;
}): KubeUserMaterial {
  const refusal = findRefusal({ entry, refusals: USER_REFUSALS });
  if (refusal)
    throw new CredentialError({ field: `${field}.${refusal.key}`, message: `The user "${name}" ${refusal.reason}.` });
  const user = parseShape({ schema: kubeUserSchema, value: entry, field, label: "kubeconfig" });
  const certData = user["client-certificate-data"]?.trim() || undefined;
  const keyData = user["client-key-data"]?.trim() || undefined;
  const token = user.token?.trim() || undefined;
  if ((certData || keyData) && token) {
    throw new CredentialError({
      field,
      message: `The user "${name}" has both a client certificate and a token; keep the one Lotse should use.`,
    });
  }
  if (token !== undefined) {
    if (!TOKEN.test(token))
      throw new CredentialError({
        field: `${field}.token`,
        message: `The token of user "${name}" contains spaces or control characters.`,
      });
    return { authKind: "token", token };
  }
  if (!certData && !keyData) {
    throw new CredentialError({
      field,
      message: `The user "${name}" has no credentials; embed client-certificate-data and client-key-data, or a token.`,
    });
  }
  if (!certData)
    throw new CredentialError({
      field: `${field}.client-certificate-data`,
      message: `The user "${name}" has client-key-data but no client-certificate-data.`,
    });
  if (!keyData)
    throw new CredentialError({
      field: `${field}.client-key-data`,
      message: `The user "${name}" has client-certificate-data but no client-key-data.`,
    });
  const cert = readCertificates({
    value: certData,
    field: `${field}.client-certificate-data`,
    what: `The client-certificate-data of user "${name}"`,
  });
  const key = readPrivateKey({
    value: keyData,
    field: `${field}.client-key-data`,
    what: `The client-key-data of user "${name}"`,
  });
  const [certificate] = cert.certificates;
  if (!certificate) throw new Error("readCertificates returned no certificate");
  assertKeyMatchesCertificate({
    key: key.key,
    certificate,
    field: `${field}.client-key-data`,
    what: `The client-key-data of user "${name}"`,
  });
  // The loadable label, because Node's TLS refuses Talos-style `ED25519 PRIVATE KEY` blocks.
  return { authKind: "client-certificate", certPem: cert.pem, certificate, keyPem: key.loadablePem };
}
