/**
 * Wraps DER bytes in a PEM block with 64-character lines, LF endings and a trailing newline
 * (the layout Go's encoding/pem writes, which every client here reads).
 */
export function encodePem({ der, label }: { der: ArrayBuffer | Uint8Array; label: string }): string {
  const base64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString("base64");
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
