import { getDb } from "@/lib/server/store/db";
import { Prisma } from "@/lib/server/store/generated/client";
import { isUniqueViolation } from "@/lib/server/store/is-unique-violation";
import { AppError } from "@/lib/server/http/app-error";
import type { ClusterRow, EnvironmentRow } from "./cluster-row";
import type { EncryptedCredential } from "./insert-cluster";

/** Updates metadata and replaces (or with `removeTalos`, deletes) credentials in one transaction. */
export async function updateClusterRecord({
  id,
  changes,
  credentials = [],
  removeTalos = false,
}: {
  id: string;
  changes: {
    name?: string;
    environment?: EnvironmentRow;
    site?: string | null;
    labels?: Record<string, string>;
    schedule?: string;
    kubeServer?: string;
    kubeContext?: string;
    kubeInfo?: Prisma.InputJsonValue;
    talosEndpoints?: string[];
    talosContext?: string | null;
    /** null clears it */
    talosInfo?: Prisma.InputJsonValue | null;
  };
  credentials?: EncryptedCredential[];
  removeTalos?: boolean;
}): Promise<ClusterRow> {
  const db = getDb();
  const existing = await db.cluster.findUnique({ where: { id } });
  if (!existing) throw new AppError("not_found", "No such cluster.");
  if (
    changes.name &&
    changes.name !== existing.name &&
    (await db.cluster.findUnique({ where: { name: changes.name } }))
  ) {
    throw new AppError("conflict", `A cluster named "${changes.name}" is already registered.`);
  }
  return updateInTransaction().catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", `A cluster named "${changes.name}" is already registered.`);
    }
    throw error;
  });

  function updateInTransaction() {
    return db.$transaction(async (tx) => {
      for (const credential of credentials) {
        const data = { keyId: credential.keyId, ciphertext: new Uint8Array(credential.ciphertext) };
        await tx.clusterCredential.upsert({
          where: { clusterId_kind: { clusterId: id, kind: credential.kind } },
          create: { clusterId: id, kind: credential.kind, ...data },
          update: data,
        });
      }
      if (removeTalos) await tx.clusterCredential.deleteMany({ where: { clusterId: id, kind: "talosconfig" } });
      const { talosInfo, ...rest } = changes;
      return tx.cluster.update({
        where: { id },
        data: {
          ...rest,
          ...(talosInfo === undefined ? {} : { talosInfo: talosInfo === null ? Prisma.DbNull : talosInfo }),
        },
      });
    });
  }
}
