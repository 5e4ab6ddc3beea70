import type { KubeObject } from "@/lib/sim/model";
import { buildApiServerArgs } from "./build-apiserver-args";
import { buildControllerManagerArgs } from "./build-controller-manager-args";
import { buildMirrorPod } from "./build-mirror-pod";
import { buildSchedulerArgs } from "./build-scheduler-args";
import { buildStaticPod, type ControlPlaneComponent } from "./build-static-pod";
import { deriveSimUuid } from "./derive-sim-bytes";
import { resolveNodePosture } from "./resolve-node-posture";
import {
  DEFAULT_BOOT_TIME,
  DEFAULT_CLUSTER_NAME,
  TALOS_CLUSTER_DEFAULTS,
  defaultControlPlaneEndpoint,
} from "./talos-cluster-defaults";
import type { TalosDrift, TalosSpecResource, TalosVariant } from "./talos-node-state";
import { isTalosAtLeast, parseTalosVersion } from "./talos-version";

export interface BuildTalosControlPlanePodsOptions {
  talosVersion: string;
  kubernetesVersion: string;
  variant: TalosVariant;
  /** The node (hostname) the pods run on. */
  nodeName: string;
  nodeIp?: string;
  drift?: TalosDrift;
  clusterName?: string;
  controlPlaneEndpoint?: string;
  seed?: number;
  bootTime?: Date;
  /** UID of the Node object in the Kubernetes simulator (mirror pods are owned by it). */
  nodeUid?: string;
}

export interface TalosControlPlanePods {
  /** `StaticPods.kubernetes.talos.dev` (namespace `k8s`), IDs kube-apiserver, kube-controller-manager, kube-scheduler. */
  staticPods: TalosSpecResource[];
  /** `StaticPodStatuses.kubernetes.talos.dev`, IDs `kube-system/<pod>-<node>`. */
  staticPodStatuses: TalosSpecResource[];
  /** The mirror Pods in `kube-system` that the Kubernetes API serves, e.g. `kube-apiserver-<node>`. */
  mirrorPods: KubeObject[];
  /** The final kube-apiserver command (binary first), identical in both forms. */
  apiServerCommand: string[];
}

const COMPONENTS: ControlPlaneComponent[] = ["kube-apiserver", "kube-controller-manager", "kube-scheduler"];

/**
 * The control-plane pods of a Talos node in both forms: Talos' StaticPod resources and the
 * kubelet's mirror Pods. The flags come from one computation, so both carry exactly the same
 * command (including the variant's drift).
 */
export function buildTalosControlPlanePods(options: BuildTalosControlPlanePodsOptions): TalosControlPlanePods {
  const version = parseTalosVersion(options.talosVersion);
  const posture = resolveNodePosture({ variant: options.variant, version, drift: options.drift });
  const clusterName = options.clusterName ?? DEFAULT_CLUSTER_NAME;
  const seed = String(options.seed ?? 1);
  const bootTime = options.bootTime ?? DEFAULT_BOOT_TIME;
  const nodeIp = options.nodeIp ?? "10.5.0.2";
  const is114 = isTalosAtLeast(version, 14);
  const apiServerCommand = buildApiServerArgs({
    version,
    kubernetesVersion: options.kubernetesVersion,
    controlPlaneEndpoint: options.controlPlaneEndpoint ?? defaultControlPlaneEndpoint(clusterName),
    serviceCidr: TALOS_CLUSTER_DEFAULTS.serviceCidr,
    extraArgs: posture.apiServerExtraArgs,
    useAuthenticationConfig: is114,
  });
  const commands: Record<ControlPlaneComponent, string[]> = {
    "kube-apiserver": apiServerCommand,
    "kube-controller-manager": buildControllerManagerArgs({
      version,
      podCidr: TALOS_CLUSTER_DEFAULTS.podCidr,
      serviceCidr: TALOS_CLUSTER_DEFAULTS.serviceCidr,
      extraArgs: posture.controllerManagerExtraArgs,
    }),
    "kube-scheduler": buildSchedulerArgs({ extraArgs: posture.schedulerExtraArgs }),
  };
  const nodeUid =
    options.nodeUid ?? deriveSimUuid({ seed: `${seed}:${clusterName}`, label: `node:${options.nodeName}` });
  const staticPods: TalosSpecResource[] = [];
  const staticPodStatuses: TalosSpecResource[] = [];
  const mirrorPods: KubeObject[] = [];
  COMPONENTS.forEach((component, index) => {
    const pod = buildStaticPod({
      component,
      version,
      kubernetesVersion: options.kubernetesVersion,
      command: commands[component],
      configVersion: 1,
      secretsVersion: 1,
      apiServerProbes: is114,
    });
    staticPods.push({
      namespace: "k8s",
      type: "StaticPods.kubernetes.talos.dev",
      id: component,
      owner: "k8s.ControlPlaneStaticPodController",
      version: 1,
      spec: pod,
    });
    const startedAt = new Date(bootTime.getTime() + (90 + index * 5) * 1000);
    const mirror = buildMirrorPod({
      pod,
      nodeName: options.nodeName,
      nodeIp,
      nodeUid,
      startedAt,
      seed: `${seed}:${clusterName}`,
    });
    mirrorPods.push(mirror);
    staticPodStatuses.push({
      namespace: "k8s",
      type: "StaticPodStatuses.kubernetes.talos.dev",
      id: `kube-system/${mirror.metadata.name}`,
      owner: "k8s.KubeletStaticPodController",
      version: 3,
      spec: mirror.status,
    });
  });
  return { staticPods, staticPodStatuses, mirrorPods, apiServerCommand };
}
