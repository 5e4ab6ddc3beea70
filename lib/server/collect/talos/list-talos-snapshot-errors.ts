import type { Collected, CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";

/** Every error of a Talos snapshot once (nodes of an unusable endpoint all share its errors). */
export function listTalosSnapshotErrors({ snapshot }: { snapshot: TalosSnapshot }): CollectionError[] {
  const seen = new Set<string>();
  const errors: CollectionError[] = [];
  const add = (error: CollectionError) => {
    const key = `${error.target}\u0000${error.kind}\u0000${error.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(error);
  };
  snapshot.endpoint.errors.forEach(add);
  for (const node of snapshot.nodes) {
    for (const part of Object.values(node)) {
      if (isCollected(part)) part.errors.forEach(add);
    }
  }
  return errors;
}

function isCollected(value: unknown): value is Collected<unknown> {
  return typeof value === "object" && value !== null && "errors" in value && Array.isArray(value.errors);
}
