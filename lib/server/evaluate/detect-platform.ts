import type { Platform } from "@/lib/catalog/catalog-types";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";

/**
 * Talos: a Talos API part was collected, or the nodes run Talos. kubeadm: control-plane mirror
 * pods are visible in kube-system. managed: neither (the control plane is not visible).
 */
export function detectPlatform(snapshot: StoredSnapshot): Platform {
  if (snapshot.talos) return "talos";
  const nodes = snapshot.kubernetes.nodes.data ?? [];
  if (nodes.length > 0 && nodes.every((node) => node.isTalos)) return "talos";
  const controlPlanePods = snapshot.kubernetes.controlPlanePods.data ?? [];
  if (controlPlanePods.some((pod) => pod.component === "kube-apiserver")) return "kubeadm";
  return "managed";
}
