import type { ClusterSpec } from "../cluster-spec";
import { hashFraction } from "../hash-key";
import { APP_NAMESPACES, nthName } from "./app-catalog";

export type PsaLevel = "privileged" | "baseline" | "restricted" | "none";

export interface NamespacePlan {
  name: string;
  /** Generated application namespace (gets workloads). */
  isApp: boolean;
  psa: PsaLevel;
  defaultDeny: boolean;
  labels: Record<string, string>;
}

/**
 * Decides the namespaces and their PSA level and default-deny policy. The namespaces that miss a
 * label or a policy are picked by a hash of their name, so the same ones stay "missing" when the
 * counts change over the timeline. Explicit `namespaces` entries win over generated ones.
 */
export function planNamespaces({ spec }: { spec: ClusterSpec }): NamespacePlan[] {
  const { posture } = spec;
  const appNames = Array.from({ length: spec.workloads.namespaces }, (_, index) =>
    nthName({ names: APP_NAMESPACES, index }),
  );
  const missing = (salt: string, count: number) =>
    new Set([...appNames].sort((a, b) => rank(spec, salt, a) - rank(spec, salt, b)).slice(0, count));
  const withoutPsa = posture.psaEnforce === "none" ? new Set<string>() : missing("psa", posture.namespacesWithoutPsa);
  const withoutDeny = posture.defaultDeny ? missing("netpol", posture.namespacesWithoutDefaultDeny) : new Set<string>();
  const plans = new Map<string, NamespacePlan>();
  for (const name of appNames) {
    plans.set(name, {
      name,
      isApp: true,
      psa: withoutPsa.has(name) ? "none" : posture.psaEnforce,
      defaultDeny: posture.defaultDeny && !withoutDeny.has(name),
      labels: { "app.kubernetes.io/part-of": "port-authority", "port-authority.io/team": name },
    });
  }
  for (const explicit of spec.namespaces) {
    const existing = plans.get(explicit.name);
    plans.set(explicit.name, {
      name: explicit.name,
      isApp: existing?.isApp ?? false,
      psa: explicit.psa ?? existing?.psa ?? posture.psaEnforce,
      defaultDeny: explicit.defaultDeny ?? existing?.defaultDeny ?? posture.defaultDeny,
      labels: { ...existing?.labels, ...explicit.labels },
    });
  }
  return [...plans.values()];
}

function rank(spec: ClusterSpec, salt: string, name: string): number {
  return hashFraction({ key: `${salt}:${spec.seed}:${name}` });
}
