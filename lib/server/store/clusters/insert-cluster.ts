import { getDb, type Prisma } from "@/lib/server/store/db";
import { AppError } from "@/lib/server/http/app-error";
import { isUniqueViolation } from "@/lib/server/store/is-unique-violation";
import type { ClusterRow, EnvironmentRow } from "./cluster-row";

export interface EncryptedCredential {
  kind: "kubeconfig" | "talosconfig";
  keyId: string;
  ciphertext: Buffer;
}

/** Inserts a cluster and its encrypted credentials in one transaction. */
export async function insertCluster({
  id,
  name,
  environment,
  site,
  labels,
  schedule,
  kubeServer,
  kubeContext,
  kubeInfo,
  talosEndpoints,
  talosContext,
  talosInfo,
  credentials,
}: {
  id: string;
  name: string;
  environment: EnvironmentRow;
  site: string | null;
  labels: Record<string, string>;
  schedule: string;
  kubeServer: string;
  kubeContext: string;
  kubeInfo: Prisma.InputJsonValue;
  talosEndpoints: string[];
  talosContext: string | null;
  talosInfo: Prisma.InputJsonValue | null;
  credentials: EncryptedCredential[];
}): Promise<ClusterRow> {
  const db = getDb();
  if (await db.cluster.findUnique({ where: { name } })) {
    throw new AppError("conflict", `A cluster named "${name}" is already registered.`);
  }
  // The check above answers the usual case; the unique index settles two requests racing for a name.
  return db.cluster
    .create({
      data: {
        id,
        name,
        environment,
        site,
        labels,
        schedule,
        kubeServer,
        kubeContext,
        kubeInfo,
        talosEndpoints,
        talosContext,
        talosInfo: talosInfo ?? undefined,
        credentials: {
          create: credentials.map((credential) => ({
            kind: credential.kind,
            keyId: credential.keyId,
            ciphertext: new Uint8Array(credential.ciphertext),
          })),
        },
      },
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("conflict", `A cluster named "${name}" is already registered.`);
      throw error;
    });
}
