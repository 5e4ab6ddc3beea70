import { getDb } from "@/lib/server/store/db";

/** The encrypted credential row; decrypt it only in the process that uses it, and never return it to a caller. */
export async function findClusterCredential({
  clusterId,
  kind,
}: {
  clusterId: string;
  kind: "kubeconfig" | "talosconfig";
}) {
  const row = await getDb().clusterCredential.findUnique({ where: { clusterId_kind: { clusterId, kind } } });
  return row ? { keyId: row.keyId, ciphertext: Buffer.from(row.ciphertext) } : null;
}
