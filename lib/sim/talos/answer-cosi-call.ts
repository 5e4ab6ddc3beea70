import { status } from "@grpc/grpc-js";
import type { SimTalosNode } from "./create-sim-talos-node";
import type { WireResource } from "./encode-sim-resource";
import { TalosCallError } from "./talos-call-error";
import { TALOS_NAMESPACES, findResourceType, isSensitiveType } from "./talos-resource-catalog";

/**
 * machined's COSI access filter (internal/app/resources/access.go), in its order: the type needs a
 * ResourceDefinition (looked up by lower-cased type), sensitive types need os:admin (operator is
 * not enough), and the namespace must exist.
 */
export function checkCosiAccess({
  node,
  namespace,
  type,
  roles,
}: {
  node: SimTalosNode;
  namespace: string;
  type: string;
  roles: ReadonlySet<string>;
}): void {
  const definition = findResourceType(type);
  if (!definition)
    throw new TalosCallError(status.PERMISSION_DENIED, `resource type ${JSON.stringify(type)} is not supported`);
  if (isSensitiveType(definition, node.version) && !roles.has("os:admin")) {
    throw new TalosCallError(status.PERMISSION_DENIED, "not authorized");
  }
  if (!(namespace in TALOS_NAMESPACES)) {
    throw new TalosCallError(status.PERMISSION_DENIED, `namespace ${JSON.stringify(namespace)} is not supported`);
  }
}

/** `State.Get`: the resource, or COSI's NotFound. The type is matched case-sensitively, as the state store does. */
export function getCosiResource({
  node,
  namespace,
  type,
  id,
  roles,
}: {
  node: SimTalosNode;
  namespace: string;
  type: string;
  id: string;
  roles: ReadonlySet<string>;
}): WireResource {
  checkCosiAccess({ node, namespace, type, roles });
  const found = node.listResources(namespace, type).find((resource) => resource.metadata.id === id);
  if (!found)
    throw new TalosCallError(status.NOT_FOUND, `resource ${type}(${namespace}/${id}@undefined) doesn't exist`);
  return found;
}

/** `State.List`: every resource of the type in the namespace, ordered by ID (possibly none). */
export function listCosiResources({
  node,
  namespace,
  type,
  roles,
  idRegexp,
}: {
  node: SimTalosNode;
  namespace: string;
  type: string;
  roles: ReadonlySet<string>;
  /** ListOptions.id_query.regexp, if any. */
  idRegexp?: string;
}): WireResource[] {
  checkCosiAccess({ node, namespace, type, roles });
  const resources = node.listResources(namespace, type);
  if (!idRegexp) return resources;
  let pattern: RegExp;
  try {
    pattern = new RegExp(idRegexp);
  } catch {
    throw new TalosCallError(status.INVALID_ARGUMENT, `failed to compile id regexp: ${idRegexp}`);
  }
  return resources.filter((resource) => pattern.test(resource.metadata.id));
}
