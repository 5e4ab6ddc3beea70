import { getDb } from "@/lib/server/store/db";

/** A stored snapshot's compressed content (as written by the collector: redacted, canonical JSON). */
export function findSnapshotContent({
  hash,
}: {
  hash: string;
}): Promise<{ hash: string; codec: string; content: Uint8Array } | null> {
  return getDb().snapshot.findUnique({ where: { hash }, select: { hash: true, codec: true, content: true } });
}
