import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import { TalosApiError } from "./talos-api-error";

/** The record of a part the credential's roles may not read (reader credential, sensitive type). */
export const NEEDS_ADMIN_MESSAGE = "not readable with this credential (needs os:admin)";

/**
 * Turns a failed Talos call into the snapshot's error record. A PermissionDenied is told apart
 * by apid's/machined's details: a type this Talos version does not serve is `not-found`, a worker
 * endpoint refusing to forward is `forbidden` with that reason, and an RBAC denial of an admin-only
 * part gets the fixed "needs os:admin" message.
 */
export function describeTalosCallError({
  error,
  target,
  isAdminOnly,
}: {
  error: unknown;
  /** e.g. `talos:node/10.5.0.2:SecurityState` */
  target: string;
  /** The part needs os:admin on some Talos versions. */
  isAdminOnly: boolean;
}): CollectionError {
  if (!(error instanceof TalosApiError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { target, kind: "invalid-response", message: `unexpected failure: ${message}` };
  }
  if (error.kind !== "forbidden") return { target, kind: error.kind, message: error.message };
  const details = error.grpcDetails ?? "";
  if (/resource type .* is not supported|namespace .* is not supported/.test(details)) {
    return { target, kind: "not-found", message: `not served by this Talos version (${details})` };
  }
  if (/no request forwarding/.test(details)) {
    return {
      target,
      kind: "forbidden",
      message:
        "the Talos endpoint does not forward requests to other nodes (a worker endpoint); use control-plane nodes as endpoints",
    };
  }
  if (isAdminOnly) return { target, kind: "forbidden", message: NEEDS_ADMIN_MESSAGE };
  return { target, kind: "forbidden", message: `not readable with this credential: ${details || error.message}` };
}
