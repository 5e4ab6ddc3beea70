import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubernetesSnapshot } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/**
 * Every error of a Kubernetes snapshot once: parts that derive from the same list (pods and
 * control-plane pods, jobs and etcd backup jobs) share their errors, so duplicates are dropped.
 */
export function listSnapshotErrors({ snapshot }: { snapshot: KubernetesSnapshot }): CollectionError[] {
  const seen = new Set<string>();
  const errors: CollectionError[] = [];
  const add = (error: CollectionError) => {
    const key = `${error.target}\u0000${error.kind}\u0000${error.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(error);
  };
  for (const part of Object.values(snapshot)) part.errors.forEach(add);
  for (const node of snapshot.kubeletConfigs.data ?? []) node.errors.forEach(add);
  return errors;
}
