import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { detectPlatform } from "@/lib/server/evaluate/detect-platform";
import type { NodeListView, NodeSnapshotSource } from "@/lib/shared/node-view";
import { buildNodeViews } from "./build-node-views";
import { toReadErrors } from "./to-node-part";

/**
 * GET /clusters/{id}/nodes: every node with its summary, and the Talos nodes compared. Before the
 * first collection: state `not-collected`. Clusters without Talos data (kubeadm, managed, no
 * talosconfig, Talos API unreachable) list their Kubernetes nodes with the reason.
 */
export function toNodeListView({
  cluster,
  stored,
  now,
}: {
  cluster: { id: string; name: string };
  stored: { snapshot: StoredSnapshot; source: NodeSnapshotSource } | null;
  now: Date;
}): NodeListView {
  if (!stored) {
    return {
      cluster,
      state: "not-collected",
      platform: null,
      kubernetesVersion: null,
      source: null,
      talosUnavailableReason: null,
      nodes: [],
      compare: null,
      errors: [],
    };
  }
  const { snapshot, source } = stored;
  const platform = detectPlatform(snapshot);
  const { entries, compare, errors } = buildNodeViews({ snapshot, now });
  return {
    cluster,
    state: entries.length > 0 ? "ok" : "no-nodes",
    platform,
    kubernetesVersion: snapshot.kubernetes.version.data?.gitVersion ?? null,
    source,
    talosUnavailableReason: describeMissingTalos(snapshot, platform),
    nodes: entries.map((entry) => entry.summary),
    compare,
    errors: toReadErrors(errors),
  };
}

function describeMissingTalos(snapshot: StoredSnapshot, platform: NodeListView["platform"]): string | null {
  if (platform === "kubeadm") {
    return "A kubeadm cluster: its nodes do not run Talos, so there is no Talos API to read security state, kernel parameters and services from.";
  }
  if (platform === "managed") {
    return "A managed cluster: the provider runs the nodes' operating system and offers no Talos API, so their security state, kernel parameters and services cannot be read.";
  }
  if (!snapshot.talos) {
    return "The nodes run Talos, but no talosconfig is registered for this cluster: register one (role os:reader) to read their security state, kernel parameters and services.";
  }
  if (!snapshot.talos.endpoint.data) {
    const reason = snapshot.talos.endpoint.errors[0]?.message ?? "no endpoint answered";
    return `The Talos API could not be used in the latest collection: ${reason}.`;
  }
  return null;
}
