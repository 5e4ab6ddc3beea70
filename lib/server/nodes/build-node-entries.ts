import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import { listNodeTargets, type NodeTarget } from "@/lib/server/evaluate/checks/node/list-node-targets";
import { readNodeTalosVersion } from "@/lib/server/evaluate/checks/node/read-node-talos-version";
import type {
  KernelCmdlineView,
  KernelParamsView,
  NodePart,
  NodeRole,
  NodeSecurityStateView,
  NodeServiceView,
  NodeSummaryView,
} from "@/lib/shared/node-view";
import { judgeKernelCmdline } from "./judge-kernel-cmdline";
import { judgeKernelParams } from "./judge-kernel-params";
import { judgeNodeChecks, worstVerdict } from "./judge-node-checks";
import { mapNodeServices } from "./map-node-services";
import { toNodePart, unreadablePart } from "./to-node-part";

/** Everything the node views show about one node, before it is compared with its peers. */
export interface NodeEntry {
  summary: Omit<NodeSummaryView, "differingAttributes">;
  platform: string | null;
  security: NodePart<NodeSecurityStateView>;
  kernelParams: NodePart<KernelParamsView>;
  cmdline: NodePart<KernelCmdlineView>;
  services: NodePart<NodeServiceView[]>;
}

/**
 * One entry per node of the snapshot (listNodeTargets: Talos nodes, then Kubernetes nodes the
 * Talos part did not cover). Nodes without Talos data get every Talos part as not readable, with
 * the reason.
 */
export function buildNodeEntries({ snapshot, now }: { snapshot: StoredSnapshot; now: Date }): {
  entries: NodeEntry[];
  errors: CollectionError[];
} {
  const { targets, errors } = listNodeTargets({ snapshot });
  const verdicts = judgeNodeChecks({ snapshot, now });
  const entries = targets.map((target): NodeEntry => {
    const nodeVerdicts = verdicts.get(target.name) ?? [];
    const kube = target.kube;
    const common = {
      name: target.name,
      talosVersion: readNodeTalosVersion(target)?.release.tag ?? null,
      kernelVersion: kube?.kernelVersion ?? null,
      kubeletVersion: kube?.kubeletVersion ?? null,
      osImage: kube?.osImage ?? null,
      isReady: kube?.isReady ?? null,
      overall: worstVerdict(nodeVerdicts),
      verdicts: nodeVerdicts,
    };
    if (target.kind === "kubernetes") {
      const reason = describeMissingTalos({ target, snapshot });
      return {
        summary: {
          ...common,
          talosNode: null,
          role: kubeRole(target.kube.roles),
          isTalos: target.kube.isTalos,
          hasTalosData: false,
          talosUnavailableReason: reason,
          kspp: null,
        },
        platform: null,
        security: unreadablePart([], reason),
        kernelParams: unreadablePart([], reason),
        cmdline: unreadablePart([], reason),
        services: unreadablePart([], reason),
      };
    }
    const { talos } = target;
    const kernelParams = judgeKernelParams(target);
    const ksppView = kernelParams.isReadable && kernelParams.value.baseline ? kernelParams.value : null;
    return {
      summary: {
        ...common,
        talosNode: talos.node,
        role: talosRole(talos.machineType.data) ?? talos.kubernetesRole ?? (kube ? kubeRole(kube.roles) : null),
        isTalos: true,
        hasTalosData: true,
        talosUnavailableReason: null,
        kspp: ksppView ? { ...ksppView.counts, total: ksppView.rows.length } : null,
      },
      platform: talos.version.data?.platform?.name ?? null,
      security: toNodePart(talos.securityState, (state) => ({ ...state })),
      kernelParams,
      cmdline: judgeKernelCmdline(target),
      services: toNodePart(talos.services, mapNodeServices),
    };
  });
  return { entries, errors };
}

function talosRole(machineType: string | null): NodeRole | null {
  if (machineType === "controlplane" || machineType === "init") return "controlplane";
  if (machineType === "worker") return "worker";
  return null;
}

/** Kubernetes nodes without a role label run workloads: workers. */
function kubeRole(roles: readonly string[]): NodeRole {
  return roles.includes("control-plane") || roles.includes("master") ? "controlplane" : "worker";
}

function describeMissingTalos({
  target,
  snapshot,
}: {
  target: Extract<NodeTarget, { kind: "kubernetes" }>;
  snapshot: StoredSnapshot;
}): string {
  const { kube } = target;
  if (!kube.isTalos) {
    return `${kube.osImage ?? "This"} node does not run Talos: security state, kernel parameters and services are only readable through the Talos API.`;
  }
  if (!snapshot.talos) {
    return "The node runs Talos, but no talosconfig is registered for the cluster: register one to read its security state and kernel parameters.";
  }
  const reason = snapshot.talos.endpoint.errors[0]?.message;
  return reason
    ? `The node runs Talos, but the Talos API could not be used: ${reason}.`
    : "The node runs Talos, but the Talos collector did not read it.";
}
