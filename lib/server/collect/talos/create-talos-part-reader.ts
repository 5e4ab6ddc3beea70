import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosCallRunner } from "./create-talos-call-runner";
import { NEEDS_ADMIN_MESSAGE } from "./describe-talos-call-error";

/** When a part needs os:admin: never, always (MachineConfig, audit policy), or from Talos 1.14 on. */
export type TalosAdminRule = "never" | "always" | "from-1.14";

export interface TalosPartReader {
  /** Reads one part of one node; a credential without os:admin gets the `forbidden` record for admin-only parts without a call. */
  read<T>(options: {
    part: string;
    adminRule?: TalosAdminRule;
    call: (limits: { timeoutMs: number; signal: AbortSignal }) => Promise<T>;
  }): Promise<Collected<T>>;
}

/**
 * Binds the call runner to one node: error targets `talos:node/<node>:<part>`, and the sensitivity
 * rules of reference §3.8 for the node's Talos minor version (unknown version: the call is made and
 * a PermissionDenied gives the same record).
 */
export function createTalosPartReader({
  runner,
  node,
  minor,
  canReadSensitive,
}: {
  runner: TalosCallRunner;
  node: string;
  minor: number | null;
  canReadSensitive: boolean;
}): TalosPartReader {
  return {
    async read({ part, adminRule = "never", call }) {
      const target = `talos:node/${node}:${part}`;
      const needsAdmin = adminRule === "always" || (adminRule === "from-1.14" && minor !== null && minor >= 14);
      if (needsAdmin && !canReadSensitive) {
        return { data: null, errors: [{ target, kind: "forbidden", message: NEEDS_ADMIN_MESSAGE }] };
      }
      const result = await runner.run({ target, isAdminOnly: adminRule !== "never", call });
      return result.ok ? { data: result.value, errors: [] } : { data: null, errors: [result.error] };
    },
  };
}
