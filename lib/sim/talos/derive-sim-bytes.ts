import { createHash } from "node:crypto";

/**
 * Deterministic pseudo-random bytes for a label: SHA-256 in counter mode over `seed:label:n`.
 * The simulator is seeded so a scenario renders the same fleet (IDs, tokens, keys) every run.
 *
 * // Note: predictable by design; for simulated secrets only.
 */
export function deriveSimBytes({ seed, label, length }: { seed: string; label: string; length: number }): Buffer {
  const chunks: Buffer[] = [];
  for (let counter = 0; chunks.length * 32 < length; counter += 1) {
    chunks.push(createHash("sha256").update(`${seed}:${label}:${counter}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, length);
}

/** A deterministic RFC 4122-shaped UUID (version 4 layout) for a label. */
export function deriveSimUuid({ seed, label }: { seed: string; label: string }): string {
  const bytes = deriveSimBytes({ seed, label, length: 16 });
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
