import { createPublicKey, type KeyObject, type X509Certificate } from "node:crypto";
import { CredentialError } from "./credential-error";

/** Refuses a private key that does not belong to the certificate (compares the SPKI public keys). */
export function assertKeyMatchesCertificate({
  key,
  certificate,
  field,
  what,
}: {
  key: KeyObject;
  certificate: X509Certificate;
  field: string;
  what: string;
}): void {
  const fromKey = createPublicKey(key).export({ type: "spki", format: "der" });
  const fromCertificate = certificate.publicKey.export({ type: "spki", format: "der" });
  if (fromKey.equals(fromCertificate)) return;
  throw new CredentialError({
    field,
    message: `${what} does not belong to the client certificate (their public keys differ). Upload the key that was issued with this certificate.`,
  });
}
