import type { KubeObject, SimNode } from "@/lib/sim/model";
import {
  buildTalosControlPlanePods,
  buildTalosNodeState,
  type TalosDrift,
  type TalosNodeState,
  type TalosVariant,
} from "@/lib/sim/talos";
import type { ClusterSpec } from "@/lib/sim/scenario/cluster-spec";
import { buildKubeletConfigz } from "./build-kubelet-configz";

const VARIANT: Record<string, TalosVariant> = {
  "talos-hardened": "hardened",
  "talos-default": "default",
  "talos-drifted": "drifted",
};

export interface TalosClusterState {
  /** What each node's Talos API serves (machined's resources). */
  nodeStates: TalosNodeState[];
  /** kube-system mirror pods of the control plane, from the same computation as the StaticPods. */
  mirrorPods: KubeObject[];
  /** /configz per node: Talos' KubeletSpec configuration over the kubelet's defaults. */
  kubeletConfigs: Record<string, Record<string, unknown>>;
}

/**
 * The Talos side of a Talos cluster, built by the Talos simulator (lib/sim/talos) so both APIs
 * tell one story: the profile picks the variant (hardened / default / drifted), the scenario's
 * `talos.drift` and per-node `nodeDrift` pass through unchanged, and the Kubernetes mirror pods
 * carry exactly the command of the Talos StaticPods.
 */
export function buildTalosCluster({
  spec,
  nodes,
  nodeUids,
  bootTime,
}: {
  spec: ClusterSpec;
  nodes: SimNode[];
  /** UIDs of the Node objects (mirror pods are owned by their Node). */
  nodeUids: Map<string, string>;
  bootTime: Date;
}): TalosClusterState {
  const variant = VARIANT[spec.profile];
  const talosVersion = spec.talosVersion;
  if (!variant || !talosVersion)
    throw new Error(`cluster ${spec.name}: ${spec.profile} is not a Talos profile with a talosVersion`);
  const nodeStates: TalosNodeState[] = [];
  const mirrorPods: KubeObject[] = [];
  const kubeletConfigs: Record<string, Record<string, unknown>> = {};
  for (const node of nodes) {
    const drift = mergeDrift(spec.talos.drift, spec.talos.nodeDrift[node.name]);
    const common = {
      talosVersion,
      kubernetesVersion: spec.kubernetesVersion,
      variant,
      drift,
      clusterName: spec.name,
      seed: spec.seed,
      bootTime,
      kmsProvider: spec.talos.kms,
    };
    const state = buildTalosNodeState({ ...common, hostname: node.name, ip: node.ip, role: node.role });
    nodeStates.push(state);
    if (node.role === "controlplane") {
      mirrorPods.push(
        ...buildTalosControlPlanePods({
          ...common,
          nodeName: node.name,
          nodeIp: node.ip,
          nodeUid: nodeUids.get(node.name),
        }).mirrorPods,
      );
    }
    const kubeletSpec = state.kubernetesResources.find(
      (resource) => resource.type === "KubeletSpecs.kubernetes.talos.dev",
    );
    const config = (kubeletSpec?.spec as { config?: Record<string, unknown> } | undefined)?.config;
    kubeletConfigs[node.name] = buildKubeletConfigz({ spec, talosConfig: config ?? {} });
  }
  return { nodeStates, mirrorPods, kubeletConfigs };
}

function mergeDrift(cluster: TalosDrift | undefined, node: TalosDrift | undefined): TalosDrift | undefined {
  if (!cluster && !node) return undefined;
  return { ...cluster, ...node, sysctls: { ...cluster?.sysctls, ...node?.sysctls } };
}
