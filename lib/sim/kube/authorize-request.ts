import type { KubeFaults } from "@/lib/sim/model";

/**
 * Whether the `forbidden` fault denies a resource, the way RBAC rules name resources: "pods",
 * "deployments" or "deployments.apps", a subresource as "nodes/proxy" (denying "nodes" does not
 * deny "nodes/proxy", nor the other way round), "*" for everything.
 */
export function isForbidden({
  faults,
  resource,
  group,
  subresource,
}: {
  faults: KubeFaults;
  resource: string;
  group: string;
  subresource?: string;
}): boolean {
  const forbidden = faults.forbidden ?? [];
  if (forbidden.length === 0) return false;
  if (forbidden.includes("*")) return true;
  const names = group === "" ? [resource] : [resource, `${resource}.${group}`];
  const candidates = subresource ? names.map((name) => `${name}/${subresource}`) : names;
  return candidates.some((candidate) => forbidden.includes(candidate));
}
