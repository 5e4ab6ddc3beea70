import { getDb } from "@/lib/server/store/db";

export interface SnapshotRow {
  hash: string;
  clusterId: string;
  schemaVersion: number;
  codec: string;
  rawBytes: number;
  content: Uint8Array;
  createdAt: Date;
}

export function findSnapshot({ hash }: { hash: string }): Promise<SnapshotRow | null> {
  return getDb().snapshot.findUnique({ where: { hash } });
}
