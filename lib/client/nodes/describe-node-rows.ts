import type { NodeRole, NodeSummaryView } from "@/lib/shared/node-view";
import type { FindingStatusView } from "@/lib/shared/finding-view";
import type { StatusTone } from "./describe-status";

export interface NodeRow {
  name: string;
  role: string;
  talosVersion: string;
  kernelVersion: string;
  /** The worst node-check verdict; null for a node without Talos data (nothing to judge). */
  overall: FindingStatusView | null;
  /** "14 of 16 as enforced", or why not known. */
  kspp: { text: string; tone: StatusTone };
  /** The failing checks' titles, for the status cell's tooltip and screen readers. */
  failing: string[];
  /** "kernel.yama.ptrace_scope" etc.; empty when the node agrees with its peers. */
  differs: string[];
  hasTalosData: boolean;
  talosUnavailableReason: string | null;
}

export const ROLE_LABELS: Record<NodeRole, string> = { controlplane: "Control plane", worker: "Worker" };

export function describeRole(role: NodeRole | null): string {
  return role ? ROLE_LABELS[role] : "Unknown role";
}

/** The node list's rows: control planes first, then by name. */
export function describeNodeRows(nodes: readonly NodeSummaryView[]): NodeRow[] {
  const rank = (node: NodeSummaryView) => (node.role === "controlplane" ? 0 : node.role === "worker" ? 1 : 2);
  return [...nodes]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
    .map((node) => ({
      name: node.name,
      role: describeRole(node.role),
      talosVersion: node.talosVersion ?? "—",
      kernelVersion: node.kernelVersion ?? "—",
      overall: node.hasTalosData || node.isTalos ? node.overall : null,
      kspp: describeKspp(node),
      failing: node.verdicts.filter((verdict) => verdict.status === "FAIL").map((verdict) => verdict.title),
      differs: node.differingAttributes,
      hasTalosData: node.hasTalosData,
      talosUnavailableReason: node.talosUnavailableReason,
    }));
}

function describeKspp(node: NodeSummaryView): NodeRow["kspp"] {
  if (!node.hasTalosData) return { text: "not readable", tone: "neutral" };
  const kspp = node.kspp;
  if (!kspp) return { text: "unknown", tone: "neutral" };
  if (kspp.fail > 0) return { text: `${kspp.fail} of ${kspp.total} overridden or missing`, tone: "danger" };
  if (kspp.unknown > 0) return { text: `${kspp.unknown} of ${kspp.total} unknown`, tone: "neutral" };
  return { text: `all ${kspp.total} as enforced`, tone: "ok" };
}

/** Headline numbers of the node list. */
export function summarizeNodes(nodes: readonly NodeSummaryView[]): {
  total: number;
  failing: number;
  overriddenSysctls: number;
  differing: number;
} {
  return {
    total: nodes.length,
    failing: nodes.filter((node) => node.overall === "FAIL").length,
    overriddenSysctls: nodes.reduce((sum, node) => sum + (node.kspp?.fail ?? 0), 0),
    differing: nodes.filter((node) => node.differingAttributes.length > 0).length,
  };
}
