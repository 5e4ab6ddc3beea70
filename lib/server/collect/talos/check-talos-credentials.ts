import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto";
import { normalizeTalosPrivateKey } from "./normalize-talos-private-key";
import { TalosApiError } from "./talos-api-error";

const CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";

export interface CheckedTalosCredentials {
  caPem: string;
  certPem: string;
  /** The client key with a label Node accepts. */
  keyPem: string;
  certificate: X509Certificate;
  authorities: X509Certificate[];
}

/**
 * Validates the talosconfig material before dialing, so a broken credential gets a precise
 * message instead of an opaque handshake failure: readable PEMs, a key matching the certificate,
 * and an extended key usage of exactly clientAuth.
 *
 * // Note: apid refuses client certificates whose EKU is anything but [clientAuth] (e.g.
 * // serverAuth+clientAuth) and only closes the connection, so this is checked locally.
 */
export function checkTalosCredentials({
  ca,
  crt,
  key,
}: {
  ca: string;
  crt: string;
  key: string;
}): CheckedTalosCredentials {
  const fail = (message: string, cause?: unknown) =>
    new TalosApiError({ kind: "unauthorized", message: `talosconfig: ${message}`, cause });
  const authorities = splitPemCertificates(ca).map((pem) => {
    try {
      return new X509Certificate(pem);
    } catch (error) {
      throw fail("the CA certificate (ca) cannot be read", error);
    }
  });
  if (authorities.length === 0) throw fail("no CA certificate (ca) found");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(crt);
  } catch (error) {
    throw fail("the client certificate (crt) cannot be read", error);
  }
  const keyPem = normalizeTalosPrivateKey(key);
  let publicFromKey: Buffer;
  try {
    publicFromKey = createPublicKey(createPrivateKey(keyPem)).export({ type: "spki", format: "der" });
  } catch (error) {
    throw fail("the client key (key) cannot be read", error);
  }
  if (!publicFromKey.equals(certificate.publicKey.export({ type: "spki", format: "der" }))) {
    throw fail("the client key does not belong to the client certificate");
  }
  const usages = certificate.keyUsage ?? [];
  if (usages.length !== 1 || usages[0] !== CLIENT_AUTH_OID) {
    throw fail(
      `the client certificate's extended key usage must be exactly clientAuth (Talos refuses others), it has ${usages.length === 0 ? "none" : usages.map(describeUsage).join(", ")}`,
    );
  }
  return { caPem: ca, certPem: crt, keyPem, certificate, authorities };
}

function splitPemCertificates(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function describeUsage(oid: string): string {
  return { "1.3.6.1.5.5.7.3.1": "serverAuth", "1.3.6.1.5.5.7.3.2": "clientAuth" }[oid] ?? oid;
}
