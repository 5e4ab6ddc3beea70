import { createPrivateKey, type KeyObject } from "node:crypto";
import { CredentialError } from "./credential-error";
import { decodeBase64Text } from "./decode-base64-text";
import { readPemBlocks } from "./read-pem-blocks";
import { relabelEd25519Key } from "./relabel-ed25519-key";

export interface DecodedPrivateKey {
  /** The key block as in the file (label kept). */
  pem: string;
  /** The same block with a label Node and OpenSSL accept. */
  loadablePem: string;
  key: KeyObject;
}

/**
 * Decodes a base64 PEM private key (`PRIVATE KEY`, `RSA PRIVATE KEY`, `EC PRIVATE KEY` or Talos'
 * `ED25519 PRIVATE KEY`; an `EC PARAMETERS` block before it is tolerated). Exactly one key,
 * unencrypted.
 */
export function readPrivateKey({
  value,
  field,
  what,
}: {
  value: string;
  field: string;
  what: string;
}): DecodedPrivateKey {
  const text = decodeBase64Text({ value, field, what });
  const keys = readPemBlocks({ text }).filter((block) => block.label.endsWith("PRIVATE KEY"));
  const [block, ...rest] = keys;
  if (!block) {
    throw new CredentialError({
      field,
      message: `${what} does not contain a PEM private key: it must be base64 of text starting with "-----BEGIN ... PRIVATE KEY-----".`,
    });
  }
  if (rest.length > 0)
    throw new CredentialError({
      field,
      message: `${what} contains ${keys.length} private keys; it must hold exactly one.`,
    });
  if (block.label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/.test(block.pem)) {
    throw new CredentialError({
      field,
      message: `${what} is encrypted with a passphrase; Lotse needs the unencrypted key.`,
    });
  }
  const loadablePem = relabelEd25519Key({ pem: block.pem });
  try {
    return { pem: block.pem, loadablePem, key: createPrivateKey(loadablePem) };
  } catch {
    throw new CredentialError({ field, message: `${what} is not a valid private key (RSA, ECDSA or Ed25519 in PEM).` });
  }
}
