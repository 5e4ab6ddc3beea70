import type { ResourceDefinition, StoredObject } from "./kube-resource-types";

type FieldReader = (object: Record<string, unknown>) => unknown;

const at =
  (...path: string[]): FieldReader =>
  (object) =>
    path.reduce<unknown>(
      (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
      object,
    );

// The selectable fields of each built-in resource's registry strategy (GetAttrs), beyond
// metadata.name and metadata.namespace, which every resource supports.
const FIELDS: Record<string, Record<string, FieldReader>> = {
  "/pods": {
    "spec.nodeName": at("spec", "nodeName"),
    "spec.restartPolicy": at("spec", "restartPolicy"),
    "spec.schedulerName": at("spec", "schedulerName"),
    "spec.serviceAccountName": at("spec", "serviceAccountName"),
    "spec.hostNetwork": (object) => Boolean(at("spec", "hostNetwork")(object)),
    "status.phase": at("status", "phase"),
    "status.podIP": at("status", "podIP"),
    "status.nominatedNodeName": at("status", "nominatedNodeName"),
  },
  "/nodes": { "spec.unschedulable": (object) => Boolean(at("spec", "unschedulable")(object)) },
  "/namespaces": { "status.phase": at("status", "phase") },
  "/secrets": { type: at("type") },
  "/events": {
    "involvedObject.kind": at("involvedObject", "kind"),
    "involvedObject.namespace": at("involvedObject", "namespace"),
    "involvedObject.name": at("involvedObject", "name"),
    "involvedObject.uid": at("involvedObject", "uid"),
    "involvedObject.apiVersion": at("involvedObject", "apiVersion"),
    "involvedObject.fieldPath": at("involvedObject", "fieldPath"),
    reason: at("reason"),
    reportingComponent: at("reportingComponent"),
    type: at("type"),
  },
  "apps/replicasets": { "status.replicas": at("status", "replicas") },
  "batch/jobs": { "status.successful": at("status", "succeeded") },
};

/**
 * The string value of a selectable field of an object, or undefined when the resource does not
 * support selecting on that field (the apiserver answers 400 "field label not supported").
 */
export function readSelectableField({
  definition,
  stored,
  field,
}: {
  definition: ResourceDefinition;
  stored: StoredObject;
  field: string;
}): string | undefined {
  if (field === "metadata.name") return stored.name;
  if (field === "metadata.namespace") return stored.namespace;
  const reader = FIELDS[`${definition.group}/${definition.resource}`]?.[field];
  if (!reader) return undefined;
  const value = reader(stored.object);
  return value === undefined || value === null ? "" : String(value);
}

/** Whether the resource supports selecting on this field at all. */
export function isSelectableField({ definition, field }: { definition: ResourceDefinition; field: string }): boolean {
  return (
    field === "metadata.name" ||
    field === "metadata.namespace" ||
    Boolean(FIELDS[`${definition.group}/${definition.resource}`]?.[field])
  );
}
