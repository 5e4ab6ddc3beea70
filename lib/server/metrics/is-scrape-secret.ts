import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * True when `authorization` is `Bearer <secret>` for the configured scrape secret. Always false
 * when no secret is configured.
 */
export function isScrapeSecret({
  authorization,
  secret,
}: {
  authorization: string | null;
  secret: string | undefined;
}): boolean {
  if (!secret || !authorization) return false;
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!presented) return false;
  // Note: comparing fixed-length digests keeps the time independent of where (and whether) the
  // strings differ, including their lengths.
  return timingSafeEqual(digest(presented), digest(secret));
}
