import type { ControlPlaneComponent } from "@/lib/server/collect/kubernetes/snapshot-types/kube-workload-types";
import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { EvaluationContext } from "./evaluator-types";

export type CommandFlags = Record<string, string | string[]>;

export interface ComponentInstance {
  /** Node (Talos `node` value or Kubernetes node name) the instance runs on. */
  node: string;
  /** Evidence path of its flags, e.g. `talos.nodes[10.5.0.2].staticPods[kube-apiserver].flags`. */
  source: string;
  flags: CommandFlags;
}

export type ControlPlaneFlags =
  /** `incomplete`: some control-plane nodes could not be read; never PASS from an absence then. */
  | { state: "known"; instances: ComponentInstance[]; incomplete: boolean; errors: CollectionError[] }
  | { state: "unknown"; reason: string; errors: CollectionError[] }
  /** Managed control plane: the component is not visible from the cluster at all. */
  | { state: "not-visible"; reason: string };

/**
 * The command-line flags of a control-plane component on every control-plane node: on Talos from
 * the StaticPod resources (authoritative, readable by os:reader), otherwise from the mirror pods
 * in kube-system. Evaluators read flags through this, so that Talos and kubeadm are judged alike.
 */
export function readControlPlaneFlags(
  { snapshot, platform }: Pick<EvaluationContext, "snapshot" | "platform">,
  component: ControlPlaneComponent,
): ControlPlaneFlags {
  if (platform === "managed") {
    return {
      state: "not-visible",
      reason: `The control plane is managed by the provider: ${component} is not visible from the cluster.`,
    };
  }
  const talosNodes = snapshot.talos?.nodes ?? [];
  if (platform === "talos" && component !== "etcd" && talosNodes.length > 0) {
    const instances: ComponentInstance[] = [];
    const errors: CollectionError[] = [];
    let unreadable = 0;
    for (const node of talosNodes) {
      const { staticPods } = node;
      if (staticPods.isApplicable === false) continue;
      if (!staticPods.data) {
        unreadable++;
        errors.push(...staticPods.errors);
        continue;
      }
      const pod = staticPods.data.find((candidate) => candidate.component === component);
      if (pod) {
        instances.push({
          node: node.node,
          source: `talos.nodes[${node.node}].staticPods[${component}].flags`,
          flags: pod.flags,
        });
      }
    }
    if (instances.length > 0) return { state: "known", instances, incomplete: unreadable > 0, errors };
    if (unreadable > 0) {
      return { state: "unknown", reason: `The Talos StaticPod resources could not be read.`, errors };
    }
    // Fall through to the mirror pods (e.g. StaticPods not served by this Talos version).
  }
  const pods = snapshot.kubernetes.controlPlanePods;
  if (!pods.data) {
    return { state: "unknown", reason: "The kube-system control-plane pods could not be read.", errors: pods.errors };
  }
  const instances = pods.data
    .filter((pod) => pod.component === component)
    .map((pod) => ({
      node: pod.nodeName ?? pod.name,
      source: `kubernetes.controlPlanePods[${pod.namespace}/${pod.name}].flags`,
      flags: pod.flags,
    }));
  if (instances.length === 0) {
    return {
      state: "unknown",
      reason: `No ${component} pod was found in kube-system.`,
      errors: pods.errors,
    };
  }
  return { state: "known", instances, incomplete: pods.errors.length > 0, errors: pods.errors };
}

/** The effective value of a flag: the last one when repeated; `undefined` when absent. */
export function flagValue(flags: CommandFlags, name: string): string | undefined {
  const value = flags[name];
  return Array.isArray(value) ? value.at(-1) : value;
}

/** Comma-separated flag values as a list (`--enable-admission-plugins=A,B`). */
export function flagList(flags: CommandFlags, name: string): string[] {
  const value = flagValue(flags, name);
  return value === undefined || value === "" ? [] : value.split(",").map((item) => item.trim());
}
