import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "lotse_";

/** A new token: 32 random bytes, base64url, with a recognisable prefix (secret scanners can match it). */
export function generateApiToken(): { token: string; prefix: string; hash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), hash: hashApiToken(token) };
}

/** Tokens are high-entropy, so a plain SHA-256 is the right hash (no password stretching needed). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
