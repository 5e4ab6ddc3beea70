import { CredentialError } from "./credential-error";

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes a `*-data` / talosconfig value: standard, padded base64 (what Go's encoding writes and
 * kubectl/talosctl require). Line breaks and spaces are ignored. Node's decoder silently skips
 * invalid characters, so the alphabet is checked first.
 */
export function decodeBase64Text({ value, field, what }: { value: string; field: string; what: string }): string {
  const compact = value.replace(/\s+/g, "");
  if (compact === "") throw new CredentialError({ field, message: `${what} is empty.` });
  if (!STANDARD_BASE64.test(compact)) {
    throw new CredentialError({
      field,
      message: `${what} is not valid base64. It must be the base64 encoding of the PEM text (e.g. the output of \`base64 -w0 file.pem\`).`,
    });
  }
  return Buffer.from(compact, "base64").toString("utf8");
}
