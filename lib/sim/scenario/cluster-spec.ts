import type { Environment, KubeFaults, PlatformProfile, TalosFaults } from "@/lib/sim/model";
import type { TalosDrift, TalosKmsProvider } from "@/lib/sim/talos";
import type { ClusterSettings } from "./cluster-settings-schema";

type Filled<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type WorkloadDensity = Filled<NonNullable<ClusterSettings["workloads"]>>;
export type PostureSettings = Filled<NonNullable<ClusterSettings["posture"]>>;
export type AdmissionSettings = Filled<NonNullable<ClusterSettings["admission"]>>;
export type EtcdBackupSettings = Filled<Omit<NonNullable<ClusterSettings["etcdBackup"]>, "failingSinceDay">> & {
  failingSinceDay?: number;
};
type ToolsSettings = NonNullable<ClusterSettings["tools"]>;
export type ToolSettings = Filled<Omit<ToolsSettings, "velero" | "falco" | "gitOps" | "kasten">> & {
  falco: Filled<NonNullable<ToolsSettings["falco"]>>;
  gitOps: Filled<NonNullable<ToolsSettings["gitOps"]>>;
  velero: Filled<Omit<NonNullable<NonNullable<ClusterSettings["tools"]>["velero"]>, "failureReason">> & {
    failureReason?: string;
  };
  kasten: Filled<Omit<NonNullable<ToolsSettings["kasten"]>, "failureReason">> & { failureReason?: string };
};
export type NamespaceSettings = NonNullable<ClusterSettings["namespaces"]>[number];
/** An object from `extraObjects`: uid and creationTimestamp are filled in when missing. */
export type ExtraObject = NonNullable<ClusterSettings["extraObjects"]>[number];

/** A cluster of a scenario at one point of its timeline, with every setting decided. */
export interface ClusterSpec {
  name: string;
  environment: Environment;
  site: string;
  labels: Record<string, string>;
  profile: PlatformProfile;
  kubernetesVersion: string;
  /** Talos profiles only. */
  talosVersion?: string;
  managedFlavor: "eks" | "gke" | "aks";
  /** Derived from the scenario seed and the cluster name only, so clusters do not affect each other. */
  seed: number;
  /** Visible control-plane nodes (0 for `managed`). */
  controlPlanes: number;
  workers: number;
  workloads: WorkloadDensity;
  namespaces: NamespaceSettings[];
  posture: PostureSettings;
  admission: AdmissionSettings;
  etcdBackup: EtcdBackupSettings;
  tools: ToolSettings;
  apiServerFlags: Record<string, string | null>;
  kubeletConfig: Record<string, unknown>;
  talos: {
    drift?: TalosDrift;
    nodeDrift: Record<string, TalosDrift>;
    role: "os:reader" | "os:admin";
    kms?: TalosKmsProvider;
  };
  faults: { kube: KubeFaults; talos: TalosFaults };
  extraObjects: ExtraObject[];
}
