// The node view and the compare-nodes view of one cluster, as the API returns them (shared by
// routes and UI). Built from the cluster's latest stored snapshot; nothing here is read live.
import type { FindingStatusView } from "./finding-view";

/** A verdict on one attribute of one node. WARN: needs judgement; UNKNOWN: could not be read. */
export type NodeAttributeStatus = "PASS" | "FAIL" | "WARN" | "UNKNOWN";

/** What could not be read from the node, as the collector recorded it. */
export interface NodeReadError {
  /** e.g. `talos:node/10.5.0.2:SecurityState`. */
  target: string;
  kind: string;
  message: string;
}

/**
 * One part of the node as read through the Talos API. Not readable: `reason` says why (the first
 * collection error, or why Talos data does not exist for the node). Readable with `errors`: the
 * part is incomplete.
 */
export type NodePart<T> =
  | { isReadable: true; value: T; errors: NodeReadError[] }
  | { isReadable: false; reason: string; errors: NodeReadError[] };

/** Which stored snapshot the view was built from. */
export interface NodeSnapshotSource {
  snapshotHash: string;
  runId: string | null;
  /** When that collection started (ISO); null when the run is no longer stored. */
  collectedAt: string | null;
}

export type NodeRole = "controlplane" | "worker";

/** A node check's verdict on this node: the same evaluators (and words) as the cluster's findings. */
export interface NodeCheckVerdict {
  checkId: string;
  title: string;
  status: FindingStatusView;
  message: string;
}

export interface NodeSummaryView {
  /** The Kubernetes node name, or the Talos node address when Kubernetes did not list it. */
  name: string;
  /** The address the Talos API was asked for this node; null when the node was not read through Talos. */
  talosNode: string | null;
  /** What Talos says (machine type), else the Kubernetes role labels; null when neither tells. */
  role: NodeRole | null;
  /** The node runs Talos (per the Talos API or its Kubernetes OS image). */
  isTalos: boolean;
  /** The node was read through the Talos API (security state, kernel parameters, …). */
  hasTalosData: boolean;
  /** Why there is no Talos data for this node; null when there is. */
  talosUnavailableReason: string | null;
  talosVersion: string | null;
  kernelVersion: string | null;
  kubeletVersion: string | null;
  osImage: string | null;
  /** The Kubernetes Ready condition; null when unknown or the node is not in Kubernetes. */
  isReady: boolean | null;
  /** The worst verdict of the node checks (FAIL > UNKNOWN > WARN > PASS > NOT_APPLICABLE). */
  overall: FindingStatusView;
  verdicts: NodeCheckVerdict[];
  /** KSPP sysctls against the expected baseline; null when not known. */
  kspp: { pass: number; fail: number; unknown: number; total: number } | null;
  /** Compared attributes on which this node differs from the majority of its peers. */
  differingAttributes: string[];
}

export interface NodeSecurityStateView {
  secureBoot: boolean;
  bootedWithUKI: boolean;
  selinux: "disabled" | "permissive" | "enforcing" | "unknown";
  fips: "disabled" | "enabled" | "strict" | "unknown";
  /** null before Talos v1.12 (the field did not exist). */
  moduleSignatureEnforced: boolean | null;
  pcrSigningKeyFingerprint: string | null;
  ukiSigningKeyFingerprint: string | null;
}

export interface KernelParamRow {
  /** KernelParamStatus ID, `proc.sys.kernel.kptr_restrict`. */
  key: string;
  /** As written in `machine.sysctls`: `kernel.kptr_restrict`. */
  sysctl: string;
  expected: string;
  /** The value Talos wrote; null when absent from the list. */
  current: string | null;
  /** The kernel's own value before Talos wrote it; null when unknown. */
  kernelDefault: string | null;
  status: Exclude<NodeAttributeStatus, "WARN">;
  /** The value was set to something else than the value Talos enforces (a user override). */
  isOverridden: boolean;
  /** Why it is not PASS, in words; null for PASS. */
  note: string | null;
}

export interface KernelParamsView {
  /** The expected values and where they come from; null when unknown for the node's release. */
  baseline: { label: string; source: string } | null;
  /** Why no baseline applies; null when one does. */
  baselineUnavailableReason: string | null;
  rows: KernelParamRow[];
  counts: { pass: number; fail: number; unknown: number };
  /** Every other parameter the node reports (Talos defaults, user sysctls, sysfs). */
  others: { key: string; current: string; kernelDefault: string | null; isUnsupported: boolean }[];
}

export interface CmdlineRequirementRow {
  key: string;
  /** As it should appear: `pti=on`, `slab_nomerge`. */
  expected: string;
  /** As it appears (last occurrence); null when absent. */
  current: string | null;
  status: Exclude<NodeAttributeStatus, "UNKNOWN">;
  reason: string;
}

export interface KernelCmdlineView {
  cmdline: string;
  requirements: CmdlineRequirementRow[];
  /** Why only the release-independent arguments were checked; null when the release is covered. */
  coverageNote: string | null;
}

/** `unchecked`: running, but the service has no health check; `stopped`: finished or not started. */
export type ServiceHealth = "healthy" | "unhealthy" | "unchecked" | "stopped" | "failed";

export interface NodeServiceView {
  id: string;
  state: string;
  isRunning: boolean;
  health: ServiceHealth;
}

export interface NodeDetailView {
  cluster: { id: string; name: string };
  source: NodeSnapshotSource;
  node: NodeSummaryView;
  /** Platform of the Talos node (`metal`, `aws`, `container`); null when unknown. */
  platform: string | null;
  security: NodePart<NodeSecurityStateView>;
  kernelParams: NodePart<KernelParamsView>;
  cmdline: NodePart<KernelCmdlineView>;
  services: NodePart<NodeServiceView[]>;
  /** Compared attributes where this node differs from its peers, with the peers' value. */
  differences: { attribute: string; value: string; majority: string; peers: number }[];
}

export type NodeListState =
  /** Nodes are listed (Talos data for those read through the Talos API). */
  | "ok"
  /** No collection has stored a snapshot yet. */
  | "not-collected"
  /** A snapshot exists but no node could be listed. */
  | "no-nodes";

export interface NodeListView {
  cluster: { id: string; name: string };
  state: NodeListState;
  /** `talos`, `kubeadm` or `managed` as detected from the snapshot; null before the first collection. */
  platform: "talos" | "kubeadm" | "managed" | null;
  /** The API server's version (`gitVersion`, e.g. `v1.31.4`) from the same snapshot; null when not read. */
  kubernetesVersion: string | null;
  source: NodeSnapshotSource | null;
  /** Why the cluster has no Talos data (kubeadm, managed, no talosconfig, unreachable); null when it has. */
  talosUnavailableReason: string | null;
  nodes: NodeSummaryView[];
  /** The Talos nodes side by side; null when fewer than two nodes have Talos data. */
  compare: NodeCompareView | null;
  /** Why no node could be listed (state `no-nodes`). */
  errors: NodeReadError[];
}

/**
 * How a cell relates to its peers: `majority` holds the most common value, `differs` does not,
 * `no-majority` when no value is held by more than half the peers, `unreadable` when the value is unknown.
 */
export type CompareStanding = "majority" | "differs" | "no-majority" | "unreadable";

export interface CompareCell {
  node: string;
  /** Display value; null when not readable. */
  value: string | null;
  standing: CompareStanding;
  /** Against the expectation, when the row has one. */
  status: NodeAttributeStatus | null;
}

export interface CompareRow {
  id: string;
  label: string;
  /** How the attribute is named outside its table: `kernel.kptr_restrict`, `service etcd`. */
  attribute: string;
  /** Peers are every compared node, or only the nodes of the same role (services differ by role). */
  peerScope: "all" | "role";
  /** What the baseline expects, when there is one. */
  expected: string | null;
  /** Every readable cell holds its peer group's majority value (nodes of different roles may differ). */
  isUniform: boolean;
  cells: CompareCell[];
}

export interface CompareSection {
  id: "platform" | "security" | "kspp" | "cmdline" | "services";
  title: string;
  rows: CompareRow[];
}

export interface NodeCompareView {
  /** Column order: control planes first, then by name. */
  nodes: { name: string; role: NodeRole | null }[];
  sections: CompareSection[];
  /** Nodes that differ from the majority on at least one attribute, most differences first. */
  outliers: { name: string; attributes: string[] }[];
}
