import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { KubeletConfigSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CommandFlags } from "@/lib/server/evaluate/read-control-plane-flags";
import type { EvaluationContext } from "../../../evaluator-types";

/** One node's kubelet as the CIS 4.2 checks read it. */
export interface KubeletView {
  /** Subject name: the Kubernetes node name when known. */
  name: string;
  /** Evidence path prefix of config fields. */
  configSource: string;
  /** null: neither Talos KubeletSpec nor configz could be read for this node (`errors` say why). */
  config: KubeletConfigSummary | null;
  /** The kubelet's command-line flags (Talos KubeletSpec); null where flags are not visible (configz). */
  flags: CommandFlags | null;
  flagSource: string | null;
  /** Talos: the node name the kubelet is expected to register as. */
  expectedNodename: string | null;
  errors: CollectionError[];
}

export type KubeletReading =
  | { state: "known"; views: KubeletView[]; incomplete: boolean; errors: CollectionError[] }
  | { state: "unknown"; reason: string; errors: CollectionError[] };

/**
 * Every node's kubelet configuration: on Talos from KubeletSpec (the final flags and the
 * KubeletConfiguration machined writes; os:admin on Talos ≥ 1.14), falling back to the node's
 * configz; elsewhere from configz (the running configuration, defaults filled in). Flags override
 * the file in the kubelet, so checks read a flag first where flags are visible.
 */
export function readKubeletConfigs({ snapshot }: Pick<EvaluationContext, "snapshot">): KubeletReading {
  const configz = snapshot.kubernetes.kubeletConfigs;
  const talosNodes = snapshot.talos?.nodes ?? [];
  if (talosNodes.length > 0) {
    const views = talosNodes.map((node): KubeletView => {
      const path = `talos.nodes[${node.node}].kubeletSpec`;
      const spec = node.kubeletSpec.data;
      const name = node.kubernetesName ?? node.node;
      const fromConfigz = configz.data?.find((entry) => entry.nodeName === node.kubernetesName);
      const base = {
        name,
        flags: spec?.flags ?? null,
        flagSource: spec ? `${path}.flags` : null,
        expectedNodename: spec?.expectedNodename ?? null,
      };
      if (spec?.config) return { ...base, configSource: `${path}.config`, config: spec.config, errors: [] };
      if (fromConfigz?.data) {
        return { ...base, configSource: `kubernetes.kubeletConfigs[${name}]`, config: fromConfigz.data, errors: [] };
      }
      return {
        ...base,
        configSource: `${path}.config`,
        config: null,
        errors: [...node.kubeletSpec.errors, ...(fromConfigz?.errors ?? configz.errors)],
      };
    });
    return { state: "known", views, incomplete: false, errors: [] };
  }
  if (!configz.data) {
    return {
      state: "unknown",
      reason: "The kubelet configurations (configz) could not be read.",
      errors: configz.errors,
    };
  }
  const views = configz.data.map((entry): KubeletView => ({
    name: entry.nodeName,
    configSource: `kubernetes.kubeletConfigs[${entry.nodeName}]`,
    config: entry.data,
    flags: null,
    flagSource: null,
    expectedNodename: null,
    errors: entry.errors,
  }));
  const nodeCount = snapshot.kubernetes.nodes.data?.length ?? 0;
  return {
    state: "known",
    views,
    incomplete: configz.errors.length > 0 || nodeCount > views.length,
    errors: configz.errors,
  };
}
