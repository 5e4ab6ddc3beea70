import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosClient } from "./create-talos-client";
import type { TalosPartReader } from "./create-talos-part-reader";
import { mapTalosKernelParams } from "./map-talos-kernel-params";
import { mapTalosKubeletConfig } from "./map-talos-kubelet-config";
import { mapTalosKubeletSpec } from "./map-talos-kubelet-spec";
import { mapTalosMachineConfig } from "./map-talos-machine-config";
import { mapTalosSecurityState } from "./map-talos-security-state";
import { mapTalosServices } from "./map-talos-services";
import { parseKernelCmdline } from "./parse-kernel-cmdline";

type CommonParts = Pick<
  TalosNodeSnapshot,
  "securityState" | "kernelParams" | "kernelCmdline" | "services" | "kubeletConfig" | "kubeletSpec" | "machineConfig"
>;

/**
 * The parts every Talos node has (reference §3.1–§3.6, §3.8 kubelet), each read with one call
 * routed by `node`, concurrently. Every spec is mapped (and the machine config redacted) inside
 * the call, so nothing raw outlives it.
 */
export async function readTalosNodeParts({
  client,
  reader,
  node,
  minor,
}: {
  client: TalosClient;
  reader: TalosPartReader;
  node: string;
  minor: number | null;
}): Promise<CommonParts> {
  const get = (namespace: string, type: string, id: string, limits: { timeoutMs: number; signal: AbortSignal }) =>
    client.getResource({ node, namespace, type, id, ...limits });
  const [securityState, kernelParams, kernelCmdline, services, kubeletConfig, kubeletSpec, machineConfig] =
    await Promise.all([
      reader.read({
        part: "SecurityState",
        call: async (limits) =>
          mapTalosSecurityState({
            spec: (await get("runtime", "SecurityStates.talos.dev", "securitystate", limits)).spec,
            minor,
          }),
      }),
      reader.read({
        part: "KernelParamStatus",
        call: async (limits) =>
          mapTalosKernelParams({
            resources: await client.listResources({
              node,
              namespace: "runtime",
              type: "KernelParamStatuses.runtime.talos.dev",
              ...limits,
            }),
          }),
      }),
      reader.read({
        part: "KernelCmdline",
        call: async (limits) => {
          const { spec } = await get("runtime", "KernelCmdlines.runtime.talos.dev", "cmdline", limits);
          const cmdline = (spec as { cmdline?: unknown } | null)?.cmdline;
          return parseKernelCmdline({ cmdline: typeof cmdline === "string" ? cmdline : "" });
        },
      }),
      reader.read({
        part: "ServiceList",
        call: async (limits) =>
          mapTalosServices({ reply: await client.callMachine({ method: "ServiceList", node, ...limits }) }),
      }),
      reader.read({
        part: "KubeletConfig",
        adminRule: "from-1.14",
        call: async (limits) =>
          mapTalosKubeletConfig({
            spec: (await get("k8s", "KubeletConfigs.kubernetes.talos.dev", "kubelet", limits)).spec,
          }),
      }),
      reader.read({
        part: "KubeletSpec",
        adminRule: "from-1.14",
        call: async (limits) =>
          mapTalosKubeletSpec({
            spec: (await get("k8s", "KubeletSpecs.kubernetes.talos.dev", "kubelet", limits)).spec,
          }),
      }),
      reader.read({
        part: "MachineConfig",
        adminRule: "always",
        call: async (limits) =>
          mapTalosMachineConfig({
            resource: await get("config", "MachineConfigs.config.talos.dev", "v1alpha1", limits),
          }),
      }),
    ]);
  return { securityState, kernelParams, kernelCmdline, services, kubeletConfig, kubeletSpec, machineConfig };
}
