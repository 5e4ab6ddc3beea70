import type { CollectionError } from "./collection-error";
import type { KubernetesSnapshot } from "./kubernetes-snapshot";
import type { TalosSnapshot } from "./talos-snapshot";

export const SNAPSHOT_SCHEMA_VERSION = 1;

/**
 * Everything one collection run read from one cluster: typed, redacted (no Secret data, no
 * MachineConfig secrets, no credentials), and stable enough to be hashed (see canonical form).
 * Evaluators are pure functions of this object.
 */
export interface ClusterSnapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  cluster: { id: string; name: string };
  /** When the collection started (ISO). Not part of the content hash. */
  collectedAt: string;
  collector: {
    lotseVersion: string;
    /** Which credential was used: Kubernetes user/groups from the kubeconfig, Talos roles from the certificate. */
    kubernetesIdentity: { user?: string; groups: string[]; authKind: string };
    talosRoles: string[] | null;
    /** Duration per phase in ms. Not part of the content hash. */
    durationsMs: Record<string, number>;
  };
  kubernetes: KubernetesSnapshot;
  /** null when no talosconfig is registered for the cluster. */
  talos: TalosSnapshot | null;
  /** Every error of the run, also kept next to the data they concern. */
  errors: CollectionError[];
}
