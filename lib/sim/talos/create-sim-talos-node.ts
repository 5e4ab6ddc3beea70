import { buildNodeResources } from "./build-node-resources";
import { encodeSimResource, type WireResource } from "./encode-sim-resource";
import type { TalosNodeState } from "./talos-node-state";
import { parseTalosVersion, type TalosVersion } from "./talos-version";

/** A node as the simulated apid serves it: its state plus an index of encoded resources. */
export interface SimTalosNode {
  state: TalosNodeState;
  version: TalosVersion;
  /** Encoded resources of one namespace and type (exact, case-sensitive type), ordered by ID. */
  listResources(namespace: string, type: string): WireResource[];
}

/**
 * Wraps a node state. Resources are encoded on first use and kept, so a large fleet costs
 * nothing until a client reads from a node.
 */
export function createSimTalosNode(state: TalosNodeState): SimTalosNode {
  const version = parseTalosVersion(state.talosVersion);
  let index: Map<string, WireResource[]> | undefined;
  const buildIndex = () => {
    const built = new Map<string, WireResource[]>();
    for (const resource of buildNodeResources(state)) {
      const key = `${resource.namespace}\u0000${resource.type}`;
      const list = built.get(key) ?? [];
      list.push(encodeSimResource({ resource, version }));
      built.set(key, list);
    }
    for (const list of built.values())
      list.sort((a, b) => (a.metadata.id < b.metadata.id ? -1 : a.metadata.id > b.metadata.id ? 1 : 0));
    return built;
  };
  return {
    state,
    version,
    listResources(namespace, type) {
      index ??= buildIndex();
      return index.get(`${namespace}\u0000${type}`) ?? [];
    },
  };
}
