import { CredentialError } from "./credential-error";

/** Upload limit for one kubeconfig or talosconfig. Real ones are a few KiB. */
export const MAX_CREDENTIAL_BYTES = 256 * 1024;

/**
 * Refuses text over MAX_CREDENTIAL_BYTES (UTF-8 bytes) with status 413. Call it before any parsing
 * so an oversized upload costs nothing but the byte count.
 */
export function assertCredentialSize({ text, field, label }: { text: string; field: string; label: string }): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= MAX_CREDENTIAL_BYTES) return;
  throw new CredentialError({
    field,
    status: 413,
    message: `The ${label} is ${formatBytes(bytes)}; the limit is 256 KiB. Upload only the one file (real ${label}s are a few KiB).`,
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
