import type { KubeObject, KubeObjectMeta } from "@/lib/sim/model";

const CREATED = "2026-01-10T08:00:00Z";
let uidCounter = 0;

/** Object metadata with a fresh uid. */
export function meta(name: string, namespace?: string, labels?: Record<string, string>): KubeObjectMeta {
  uidCounter += 1;
  return {
    name,
    ...(namespace ? { namespace } : {}),
    uid: `10000000-0000-4000-8000-${String(uidCounter).padStart(12, "0")}`,
    creationTimestamp: CREATED,
    ...(labels ? { labels } : {}),
  };
}

/** A served CustomResourceDefinition, as the simulator needs it to serve the kind. */
export function crd({
  group,
  kind,
  plural,
  scope,
  versions,
}: {
  group: string;
  kind: string;
  plural: string;
  scope: "Cluster" | "Namespaced";
  versions: string[];
}): KubeObject {
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: meta(`${plural}.${group}`),
    spec: {
      group,
      scope,
      names: { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase() },
      versions: versions.map((name, index) => ({
        name,
        served: true,
        storage: index === 0,
        schema: { openAPIV3Schema: { type: "object", description: "x".repeat(2000) } },
      })),
    },
  };
}
