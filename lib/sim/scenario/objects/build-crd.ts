import type { KubeObject } from "@/lib/sim/model";
import type { ObjectFactory } from "./object-factory";

/**
 * A CustomResourceDefinition as the API server stores it once established. The simulated
 * kube-apiserver serves the CRD's resources because this object is among the cluster's objects.
 */
export function buildCrd({
  factory,
  created,
  group,
  kind,
  plural,
  scope,
  versions,
  storageVersion,
  shortNames = [],
  categories = [],
}: {
  factory: ObjectFactory;
  created: Date;
  group: string;
  kind: string;
  plural: string;
  scope: "Cluster" | "Namespaced";
  versions: string[];
  storageVersion: string;
  shortNames?: string[];
  categories?: string[];
}): KubeObject {
  const names = { kind, listKind: `${kind}List`, plural, singular: kind.toLowerCase(), shortNames, categories };
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: factory.meta({ kind: "CustomResourceDefinition", name: `${plural}.${group}`, created }),
    spec: {
      group,
      scope,
      names,
      conversion: { strategy: "None" },
      versions: versions.map((name) => ({
        name,
        served: true,
        storage: name === storageVersion,
        schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
        subresources: { status: {} },
      })),
    },
    status: {
      acceptedNames: names,
      storedVersions: [storageVersion],
      conditions: [
        { type: "NamesAccepted", status: "True", reason: "NoConflicts", message: "no conflicts found" },
        {
          type: "Established",
          status: "True",
          reason: "InitialNamesAccepted",
          message: "the initial names have been accepted",
        },
      ],
    },
  };
}
