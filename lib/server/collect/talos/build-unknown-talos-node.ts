import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosNodeTarget } from "./resolve-talos-nodes";

/**
 * A node none of whose parts could be read (its endpoint or the node itself is unreachable): every
 * part UNKNOWN with the same reasons; parts read before the failure (`known`) are kept.
 */
export function buildUnknownTalosNode({
  target,
  errors,
  known = {},
}: {
  target: TalosNodeTarget;
  errors: CollectionError[];
  known?: Partial<Pick<TalosNodeSnapshot, "version" | "machineType">>;
}): TalosNodeSnapshot {
  const unknown = { data: null, errors };
  const scoped = { ...unknown, isApplicable: null };
  return {
    node: target.node,
    kubernetesName: target.kubernetesName,
    sources: target.sources,
    kubernetesRole: target.kubernetesRole,
    version: known.version ?? unknown,
    machineType: known.machineType ?? unknown,
    securityState: unknown,
    kernelParams: unknown,
    kernelCmdline: unknown,
    services: unknown,
    staticPods: scoped,
    admissionControl: scoped,
    apiServerConfig: scoped,
    auditPolicy: scoped,
    etcdEncryption: scoped,
    etcdMembers: scoped,
    etcdStatus: scoped,
    kubeletConfig: unknown,
    kubeletSpec: unknown,
    machineConfig: unknown,
  };
}
