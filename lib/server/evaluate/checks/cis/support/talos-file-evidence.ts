import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import type { TalosMachine } from "./talos-machines";

// Live evidence that a Talos design fact applies to a node: what the Talos API shows about the
// component whose file the CIS check asks for. Each helper returns nothing when the part was not read.

export type MachineEvidence = (machine: TalosMachine, context: EvaluationContext) => EvidenceItem[];

export function staticPodEvidence(component: string, flag?: string): MachineEvidence {
  return ({ talos, path }) => {
    const pod = talos?.staticPods.data?.find((candidate) => candidate.component === component);
    if (!pod) return [];
    if (!flag) {
      return [
        {
          source: `${path}.staticPods[${component}]`,
          value: { image: pod.image, binary: pod.binary },
          note: "the spec is a StaticPod resource in machined, served to the kubelet over loopback HTTP",
        },
      ];
    }
    const value = pod.flags[flag];
    return value === undefined ? [] : [{ source: `${path}.staticPods[${component}].flags.${flag}`, value }];
  };
}

export function serviceEvidence(id: string): MachineEvidence {
  return ({ talos, path }) => {
    const service = talos?.services.data?.find((candidate) => candidate.id === id);
    return service
      ? [{ source: `${path}.services[${id}]`, value: service.state, note: `${id} is a machined service` }]
      : [];
  };
}

export function kubeletFlagEvidence(flag: string): MachineEvidence {
  return ({ talos, path }) => {
    const value = talos?.kubeletSpec.data?.flags[flag];
    return value === undefined ? [] : [{ source: `${path}.kubeletSpec.flags.${flag}`, value }];
  };
}

export const staticPodUrlEvidence: MachineEvidence = ({ talos, path }) => {
  const url = talos?.kubeletSpec.data?.config?.raw?.staticPodURL;
  const disabled = talos?.kubeletConfig.data?.disableManifestsDirectory;
  return [
    ...(typeof url === "string" ? [{ source: `${path}.kubeletSpec.config.staticPodURL`, value: url }] : []),
    ...(disabled !== undefined ? [{ source: `${path}.kubeletConfig.disableManifestsDirectory`, value: disabled }] : []),
  ];
};

export const kubeletClientCaEvidence: MachineEvidence = ({ talos, path }) => {
  const value = talos?.kubeletSpec.data?.config?.clientCAFile;
  return value ? [{ source: `${path}.kubeletSpec.config.clientCAFile`, value }] : [];
};

function daemonSets(context: EvaluationContext, match: (workload: KubeWorkload) => boolean): EvidenceItem[] {
  return (context.snapshot.kubernetes.workloads.data ?? [])
    .filter((workload) => workload.kind === "DaemonSet" && match(workload))
    .map((workload) => ({
      source: `kubernetes.workloads[DaemonSet/${workload.namespace}/${workload.name}]`,
      value: workload.containers.map((container) => container.image),
    }));
}

const CNI_NAMES = /flannel|calico|cilium|weave|canal|antrea|kube-router|aws-node|azure-cns|kube-ovn/;

export const cniEvidence: MachineEvidence = (_machine, context) =>
  daemonSets(context, (workload) => CNI_NAMES.test(workload.name));

export const kubeProxyEvidence: MachineEvidence = (_machine, context) =>
  daemonSets(context, (workload) => workload.name === "kube-proxy");
