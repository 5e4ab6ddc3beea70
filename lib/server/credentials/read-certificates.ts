import { X509Certificate } from "node:crypto";
import { CredentialError } from "./credential-error";
import { decodeBase64Text } from "./decode-base64-text";
import { readPemBlocks } from "./read-pem-blocks";

export interface DecodedCertificates {
  /** The CERTIFICATE blocks only, joined: what the normalized file keeps. */
  pem: string;
  /** In file order; for a client certificate the first one is the leaf. */
  certificates: X509Certificate[];
}

/**
 * Decodes a base64 PEM value that must hold one or more certificates (a CA bundle or a client
 * certificate with its chain). Any other block (a key pasted into the wrong field) is refused.
 */
export function readCertificates({
  value,
  field,
  what,
}: {
  value: string;
  field: string;
  what: string;
}): DecodedCertificates {
  const text = decodeBase64Text({ value, field, what });
  const blocks = readPemBlocks({ text });
  if (blocks.length === 0) {
    throw new CredentialError({
      field,
      message: `${what} does not contain a PEM certificate: it must be base64 of text starting with "-----BEGIN CERTIFICATE-----".`,
    });
  }
  const other = blocks.find((block) => block.label !== "CERTIFICATE");
  if (other) {
    throw new CredentialError({
      field,
      message: `${what} contains a "${other.label}" block; it must hold only CERTIFICATE blocks.`,
    });
  }
  const certificates = blocks.map((block, index) => {
    try {
      return new X509Certificate(block.pem);
    } catch {
      throw new CredentialError({
        field,
        message: `${what}: certificate ${index + 1} is not a valid X.509 certificate.`,
      });
    }
  });
  return { pem: blocks.map((block) => block.pem).join(""), certificates };
}
