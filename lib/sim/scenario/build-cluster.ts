import type { KubeObject, SimCluster } from "@/lib/sim/model";
import { buildKubeadmControlPlanePods } from "@/lib/sim/profiles/build-kubeadm-control-plane-pods";
import { buildKubeletConfigz } from "@/lib/sim/profiles/build-kubelet-configz";
import { buildPlatformRbac } from "@/lib/sim/profiles/build-platform-rbac";
import { buildTalosCluster } from "@/lib/sim/profiles/build-talos-cluster";
import { listSystemWorkloads } from "@/lib/sim/profiles/list-system-workloads";
import { nameClusterNodes } from "@/lib/sim/profiles/name-cluster-nodes";
import type { TalosNodeState } from "@/lib/sim/talos";
import type { ClusterSpec } from "./cluster-spec";
import { hashKey } from "./hash-key";
import { buildAdmissionObjects } from "./objects/build-admission-objects";
import { buildAppWorkloads } from "./objects/build-app-workloads";
import { buildConfigObjects } from "./objects/build-config-objects";
import { buildEcosystemObjects } from "./objects/build-ecosystem-objects";
import { buildVulnerabilityReports } from "./objects/build-vulnerability-reports";
import { buildNamespaceObjects, SYSTEM_NAMESPACES } from "./objects/build-namespace-objects";
import { buildNetworkPolicies } from "./objects/build-network-policies";
import { buildNodeObjects } from "./objects/build-node-objects";
import { buildRbac } from "./objects/build-rbac";
import { buildReferencedConfig } from "./objects/build-referenced-config";
import type { ClusterBuildContext } from "./objects/cluster-build-context";
import { listAddonWorkloads } from "./objects/list-addon-workloads";
import { listToolWorkloads } from "./objects/list-tool-workloads";
import { createObjectFactory, formatKubeTime } from "./objects/object-factory";
import { planNamespaces, type NamespacePlan } from "./objects/plan-namespaces";
import { createPodPlacement } from "./objects/render-pod";
import { renderWorkload } from "./objects/render-workload";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One cluster ready to serve: the Kubernetes side (SimCluster) and, for Talos, each node's state. */
export interface BuiltCluster {
  spec: ClusterSpec;
  cluster: SimCluster;
  /** Empty for non-Talos profiles. */
  talosNodes: TalosNodeState[];
}

/**
 * Generates every object of one cluster from its spec. Deterministic: the same spec, reference
 * time and day give byte-identical objects. `referenceTime` is "today" (day 0); `day` moves "now"
 * (heartbeats, CronJob runs, boot times) while creation times stay anchored to day 0.
 */
export function buildCluster({
  spec,
  referenceTime,
  day = 0,
}: {
  spec: ClusterSpec;
  referenceTime: Date;
  day?: number;
}): BuiltCluster {
  const [ageHash = 0, bootHash = 0] = hashKey({ key: `times:${spec.seed}` });
  const now = new Date(referenceTime.getTime() + day * DAY_MS);
  const createdAt = new Date(Math.floor((referenceTime.getTime() - (200 + (ageHash % 400)) * DAY_MS) / 1000) * 1000);
  const bootTime = new Date(
    Math.floor(now.getTime() / DAY_MS) * DAY_MS - (1 + (bootHash % 20)) * DAY_MS - (bootHash % 86_400) * 1000,
  );
  const nodes = nameClusterNodes({ spec });
  const context: ClusterBuildContext = {
    spec,
    nodes,
    referenceTime,
    now,
    createdAt,
    factory: createObjectFactory({ seed: spec.seed }),
  };

  const nodeObjects = buildNodeObjects({ context });
  const nodeUids = new Map(nodeObjects.map((node) => [node.metadata.name, node.metadata.uid]));
  const app = buildAppWorkloads({ context, namespaces: planNamespaces({ spec }) });
  const addons = listAddonWorkloads({ context });
  const system = listSystemWorkloads({ context });
  const systemNamespaces: NamespacePlan[] = SYSTEM_NAMESPACES.map((name) => ({
    name,
    isApp: false,
    psa: "none",
    defaultDeny: false,
    labels: {},
  }));
  const tools = listToolWorkloads({ context });
  const namespaces = [...systemNamespaces, ...addons.namespaces, ...tools.namespaces, ...app.namespaces];
  const sigstoreIncluded = new Set(
    spec.admission.sigstorePolicyController ? app.namespaces.filter((plan) => plan.isApp).map((plan) => plan.name) : [],
  );

  let platformPods: KubeObject[] = [];
  let kubeletConfigs: Record<string, Record<string, unknown>> = {};
  let talosNodes: TalosNodeState[] = [];
  if (spec.profile.startsWith("talos-")) {
    const talos = buildTalosCluster({ spec, nodes, nodeUids, bootTime });
    platformPods = talos.mirrorPods;
    kubeletConfigs = talos.kubeletConfigs;
    talosNodes = talos.nodeStates;
  } else {
    const isHardened = spec.profile === "kubeadm-hardened";
    for (const node of nodes) {
      kubeletConfigs[node.name] = buildKubeletConfigz({ spec });
      if (node.role === "controlplane") {
        platformPods.push(
          ...buildKubeadmControlPlanePods({
            node,
            seed: spec.seed,
            kubernetesVersion: spec.kubernetesVersion,
            isHardened,
            apiServerFlags: spec.apiServerFlags,
            startedAt: new Date(bootTime.getTime() + 60_000),
          }),
        );
      }
    }
  }

  const placement = createPodPlacement({ nodes });
  const platformTemplates = [...system, ...addons.templates, ...tools.templates];
  const objects: KubeObject[] = [
    ...buildNamespaceObjects({ context, namespaces, sigstoreIncluded }),
    ...nodeObjects,
    ...platformPods,
    ...[...platformTemplates, ...app.templates].flatMap((template) => renderWorkload({ context, template, placement })),
    ...buildReferencedConfig({ context, templates: platformTemplates }),
    ...buildConfigObjects({ context, namespaces: app.namespaces, templates: app.templates }),
    ...buildNetworkPolicies({ context, namespaces: app.namespaces, templates: app.templates }),
    ...buildRbac({
      context,
      namespaces: app.namespaces,
      templates: app.templates,
      platform: buildPlatformRbac({ spec }),
    }),
    ...buildAdmissionObjects({ context }),
    ...buildEcosystemObjects({ context }),
    ...buildVulnerabilityReports({ context, templates: app.templates }),
    ...spec.extraObjects.map((object): KubeObject => {
      const { metadata, ...rest } = object;
      return {
        ...rest,
        apiVersion: object.apiVersion,
        kind: object.kind,
        metadata: {
          ...metadata,
          name: metadata.name,
          uid:
            typeof metadata.uid === "string"
              ? metadata.uid
              : context.factory.uid(`${object.kind}:${metadata.namespace ?? ""}/${metadata.name}`),
          creationTimestamp:
            typeof metadata.creationTimestamp === "string"
              ? metadata.creationTimestamp
              : formatKubeTime({ time: createdAt }),
        },
      };
    }),
  ];
  const cluster: SimCluster = {
    name: spec.name,
    environment: spec.environment,
    site: spec.site,
    profile: spec.profile,
    kubernetesVersion: spec.kubernetesVersion,
    ...(spec.talosVersion ? { talosVersion: spec.talosVersion } : {}),
    seed: spec.seed,
    nodes,
    objects,
    kubeletConfigs,
    faults: spec.faults,
  };
  return { spec, cluster, talosNodes };
}
