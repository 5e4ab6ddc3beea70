// Test support: the node targets of a (cloned) profile snapshot, as the node views see them.
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { listNodeTargets, type TalosNodeTarget } from "@/lib/server/evaluate/checks/node/list-node-targets";

/** The Talos target of a node by its Kubernetes name suffix (`cp-01`, `w-02`); throws when absent. */
export function talosTarget(snapshot: StoredSnapshot, suffix: string): TalosNodeTarget {
  const found = listNodeTargets({ snapshot }).targets.find((candidate) => candidate.name.endsWith(`-${suffix}`));
  if (found?.kind !== "talos") throw new Error(`no Talos target *-${suffix} in ${snapshot.cluster.name}`);
  return found;
}
