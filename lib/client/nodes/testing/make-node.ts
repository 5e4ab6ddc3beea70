// Test support: node views as the API returns them, with overridable fields.
import type { CompareCell, CompareRow, NodeSummaryView } from "@/lib/shared/node-view";

export function makeNodeSummary(overrides: Partial<NodeSummaryView> = {}): NodeSummaryView {
  return {
    name: "edge-07-w-01",
    talosNode: "10.0.0.11",
    role: "worker",
    isTalos: true,
    hasTalosData: true,
    talosUnavailableReason: null,
    talosVersion: "v1.13.2",
    kernelVersion: "6.18.24-talos",
    kubeletVersion: "v1.36.1",
    osImage: "Talos (v1.13.2)",
    isReady: true,
    overall: "PASS",
    verdicts: [],
    kspp: { pass: 16, fail: 0, unknown: 0, total: 16 },
    differingAttributes: [],
    ...overrides,
  };
}

export function makeCompareRow(overrides: Partial<CompareRow> = {}, cells: Partial<CompareCell>[] = []): CompareRow {
  return {
    id: "kspp:proc.sys.kernel.yama.ptrace_scope",
    label: "kernel.yama.ptrace_scope",
    attribute: "kernel.yama.ptrace_scope",
    peerScope: "all",
    expected: "2",
    isUniform: false,
    cells: cells.map((cell, index) => ({
      node: `n-${index + 1}`,
      value: "2",
      standing: "majority",
      status: "PASS",
      ...cell,
    })),
    ...overrides,
  };
}
