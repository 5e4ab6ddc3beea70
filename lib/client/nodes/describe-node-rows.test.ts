import { describe, expect, it } from "vitest";
import { describeNodeRows, summarizeNodes } from "./describe-node-rows";
import { makeNodeSummary } from "./testing/make-node";

describe("describeNodeRows", () => {
  it("puts control planes first, then workers by name", () => {
    const rows = describeNodeRows([
      makeNodeSummary({ name: "w-02" }),
      makeNodeSummary({ name: "cp-01", role: "controlplane" }),
      makeNodeSummary({ name: "w-01" }),
    ]);
    expect(rows.map((row) => [row.name, row.role])).toEqual([
      ["cp-01", "Control plane"],
      ["w-01", "Worker"],
      ["w-02", "Worker"],
    ]);
  });

  it("words the KSPP state and lists the failing checks and the attributes that differ", () => {
    const [row] = describeNodeRows([
      makeNodeSummary({
        overall: "FAIL",
        kspp: { pass: 13, fail: 3, unknown: 0, total: 16 },
        verdicts: [
          { checkId: "node.kspp-sysctls", title: "KSPP sysctls", status: "FAIL", message: "3 differ" },
          { checkId: "node.selinux", title: "SELinux", status: "PASS", message: "enforcing" },
        ],
        differingAttributes: ["kernel.yama.ptrace_scope"],
      }),
    ]);
    expect(row).toMatchObject({
      overall: "FAIL",
      kspp: { text: "3 of 16 overridden or missing", tone: "danger" },
      failing: ["KSPP sysctls"],
      differs: ["kernel.yama.ptrace_scope"],
    });
    expect(describeNodeRows([makeNodeSummary()])[0]?.kspp).toEqual({ text: "all 16 as enforced", tone: "ok" });
  });

  it("gives a non-Talos node no verdict and says the KSPP state is not readable", () => {
    const [row] = describeNodeRows([
      makeNodeSummary({
        isTalos: false,
        hasTalosData: false,
        talosVersion: null,
        kspp: null,
        overall: "NOT_APPLICABLE",
        talosUnavailableReason: "Ubuntu node does not run Talos",
      }),
    ]);
    expect(row).toMatchObject({
      overall: null,
      talosVersion: "—",
      kspp: { text: "not readable", tone: "neutral" },
      talosUnavailableReason: "Ubuntu node does not run Talos",
    });
  });
});

describe("summarizeNodes", () => {
  it("counts failing nodes, overridden sysctls and nodes that differ from their peers", () => {
    expect(
      summarizeNodes([
        makeNodeSummary({ overall: "FAIL", kspp: { pass: 14, fail: 2, unknown: 0, total: 16 } }),
        makeNodeSummary({
          overall: "FAIL",
          kspp: { pass: 13, fail: 3, unknown: 0, total: 16 },
          differingAttributes: ["SELinux"],
        }),
        makeNodeSummary({ kspp: null, hasTalosData: false }),
      ]),
    ).toEqual({ total: 3, failing: 2, overriddenSysctls: 5, differing: 1 });
  });
});
