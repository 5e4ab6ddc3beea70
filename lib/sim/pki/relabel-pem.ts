/**
 * Changes the label of a PEM block, keeping its bytes: e.g. a PKCS#8 `PRIVATE KEY` written as
 * `ED25519 PRIVATE KEY`, the label talosctl uses in talosconfig files for the same bytes.
 */
export function relabelPem({ pem, label }: { pem: string; label: string }): string {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)\r?\n?-----END \1-----/.exec(pem);
  if (!match) throw new Error("not a PEM block");
  return `-----BEGIN ${label}-----\n${(match[2] ?? "").trim()}\n-----END ${label}-----\n`;
}
