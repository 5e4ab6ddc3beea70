import { parseTalosVersion } from "@/lib/sim/talos";
import type { ClusterSpec } from "@/lib/sim/scenario/cluster-spec";

export interface NodeOs {
  osImage: string;
  kernelVersion: string;
  containerRuntimeVersion: string;
}

// Illustrative kernel and containerd versions per Talos minor (not from the reference; v1.13's
// Linux 6.18.24 is from its release notes). Only `osImage` is a fact lookups may rely on:
// Talos reports PRETTY_NAME, `Talos (v1.x.y)` (reference/catalog.md §2.5, check 8).
const TALOS_COMPONENTS: Record<number, { kernel: string; containerd: string }> = {
  10: { kernel: "6.12.25-talos", containerd: "2.0.5" },
  11: { kernel: "6.12.48-talos", containerd: "2.1.4" },
  12: { kernel: "6.18.2-talos", containerd: "2.1.5" },
  13: { kernel: "6.18.24-talos", containerd: "2.2.1" },
  14: { kernel: "6.18.40-talos", containerd: "2.2.3" },
};

/** What `kubectl get nodes -o wide` shows as OS-IMAGE, KERNEL-VERSION and CONTAINER-RUNTIME. */
export function describeNodeOs({
  spec,
}: {
  spec: Pick<ClusterSpec, "profile" | "talosVersion" | "kubernetesVersion" | "managedFlavor">;
}): NodeOs {
  if (spec.talosVersion && spec.profile.startsWith("talos-")) {
    const version = parseTalosVersion(spec.talosVersion);
    const components = TALOS_COMPONENTS[version.minor] ?? { kernel: "6.18.2-talos", containerd: "2.1.5" };
    return {
      osImage: `Talos (${version.tag})`,
      kernelVersion: components.kernel,
      containerRuntimeVersion: `containerd://${components.containerd}`,
    };
  }
  if (spec.profile === "managed") {
    const minor = spec.kubernetesVersion.split(".").slice(0, 2).join(".");
    if (spec.managedFlavor === "gke")
      return {
        osImage: "Container-Optimized OS from Google",
        kernelVersion: "6.6.56+",
        containerRuntimeVersion: "containerd://1.7.24",
      };
    if (spec.managedFlavor === "aks")
      return {
        osImage: "Ubuntu 22.04.5 LTS",
        kernelVersion: "5.15.0-1074-azure",
        containerRuntimeVersion: "containerd://1.7.25-1",
      };
    return {
      osImage: `Bottlerocket OS 1.29.0 (aws-k8s-${minor})`,
      kernelVersion: "6.1.119",
      containerRuntimeVersion: "containerd://1.7.24+bottlerocket",
    };
  }
  return {
    osImage: "Ubuntu 24.04.1 LTS",
    kernelVersion: "6.8.0-48-generic",
    containerRuntimeVersion: "containerd://1.7.22",
  };
}
