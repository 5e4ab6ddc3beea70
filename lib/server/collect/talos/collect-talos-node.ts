import type { CollectionErrorKind } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import { buildUnknownTalosNode } from "./build-unknown-talos-node";
import type { TalosCallRunner } from "./create-talos-call-runner";
import type { TalosClient } from "./create-talos-client";
import { createTalosPartReader } from "./create-talos-part-reader";
import { mapTalosMachineType } from "./map-talos-machine-type";
import { mapTalosVersion } from "./map-talos-version";
import { readTalosControlPlaneParts } from "./read-talos-control-plane-parts";
import { readTalosNodeParts } from "./read-talos-node-parts";
import type { TalosNodeTarget } from "./resolve-talos-nodes";

/** Failures of the first calls that mean the node itself cannot be reached: nothing more is asked. */
const NODE_DOWN_KINDS: ReadonlySet<CollectionErrorKind> = new Set(["unreachable", "timeout"]);

/**
 * Reads one node through the endpoint (every call routed with `node`): Version and MachineType
 * first, since the Talos version decides which parts need os:admin and the machine type which
 * parts apply; then all other parts concurrently. When both first calls fail as unreachable or
 * timeout, the node's other parts get that reason without further calls. Never throws.
 */
export async function collectTalosNode({
  client,
  runner,
  target,
  canReadSensitive,
}: {
  client: TalosClient;
  runner: TalosCallRunner;
  target: TalosNodeTarget;
  canReadSensitive: boolean;
}): Promise<TalosNodeSnapshot> {
  const { node } = target;
  const firstReader = createTalosPartReader({ runner, node, minor: null, canReadSensitive });
  const [version, machineType] = await Promise.all([
    firstReader.read({
      part: "Version",
      call: async (limits) => mapTalosVersion({ version: await client.version({ node, ...limits }) }),
    }),
    firstReader.read({
      part: "MachineType",
      call: async (limits) =>
        mapTalosMachineType({
          spec: (
            await client.getResource({
              node,
              namespace: "config",
              type: "MachineTypes.config.talos.dev",
              id: "machine-type",
              ...limits,
            })
          ).spec,
        }),
    }),
  ]);
  const versionError = version.errors[0];
  const machineTypeError = machineType.errors[0];
  if (
    versionError &&
    machineTypeError &&
    NODE_DOWN_KINDS.has(versionError.kind) &&
    NODE_DOWN_KINDS.has(machineTypeError.kind)
  ) {
    const reason = { target: `talos:node/${node}`, kind: versionError.kind, message: versionError.message };
    return buildUnknownTalosNode({ target, errors: [reason], known: { version, machineType } });
  }

  const minor = version.data?.minor ?? null;
  const type = machineType.data;
  const isControlPlane =
    type === "controlplane" || type === "init"
      ? true
      : type === "worker"
        ? false
        : target.kubernetesRole === null
          ? null
          : target.kubernetesRole === "controlplane";
  const reader = createTalosPartReader({ runner, node, minor, canReadSensitive });
  const [common, controlPlane] = await Promise.all([
    readTalosNodeParts({ client, reader, node, minor }),
    readTalosControlPlaneParts({ client, reader, node, minor, isControlPlane }),
  ]);
  return {
    node,
    kubernetesName: target.kubernetesName,
    sources: target.sources,
    kubernetesRole: target.kubernetesRole,
    version,
    machineType,
    ...common,
    ...controlPlane,
  };
}
