import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  setKernelParam,
  talosNode,
  warmUpProfileSnapshots,
} from "@/lib/server/evaluate/checks/node/testing/node-test-context";
import type { CompareRow, NodeCompareView } from "@/lib/shared/node-view";
import { buildNodeEntries } from "./build-node-entries";
import { compareNodes, findMajority } from "./compare-nodes";

const NOW = new Date("2026-11-23T12:00:00Z");

beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

function compare(snapshot: StoredSnapshot): NodeCompareView {
  return compareNodes(buildNodeEntries({ snapshot, now: NOW }).entries);
}

function row(view: NodeCompareView, id: string): CompareRow {
  const found = view.sections.flatMap((section) => section.rows).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** Node name suffix → standing of its cell. */
function standings(found: CompareRow): Record<string, string> {
  return Object.fromEntries(found.cells.map((cell) => [cell.node.replace(/^.*-(cp|w)-/, "$1-"), cell.standing]));
}

describe("findMajority", () => {
  it("is the value more than half hold, else null", () => {
    expect(findMajority(["2", "2", "1"])).toBe("2");
    expect(findMajority(["2", "1"])).toBeNull();
    expect(findMajority(["a", "b", "c"])).toBeNull();
    expect(findMajority(["x"])).toBe("x");
    expect(findMajority([])).toBeNull();
  });
});

describe("compareNodes", () => {
  it("marks the one node whose sysctl and SELinux state differ from its peers, control planes first", async () => {
    const { snapshot } = await loadProfileContext("talos-drifted");
    const odd = talosNode(snapshot, "w-02");
    setKernelParam(odd, "proc.sys.kernel.yama.ptrace_scope", "0");
    odd.securityState.data!.selinux = "permissive";
    const view = compare(snapshot);

    expect(view.nodes.map((node) => [node.name.replace(/^talos-drifted-/, ""), node.role])).toEqual([
      ["cp-01", "controlplane"],
      ["w-01", "worker"],
      ["w-02", "worker"],
    ]);
    const ptrace = row(view, "kspp:proc.sys.kernel.yama.ptrace_scope");
    expect(ptrace).toMatchObject({ label: "kernel.yama.ptrace_scope", expected: "2", isUniform: false });
    expect(standings(ptrace)).toEqual({ "cp-01": "majority", "w-01": "majority", "w-02": "differs" });
    expect(ptrace.cells.map((cell) => [cell.value, cell.status])).toEqual([
      ["2", "PASS"],
      ["2", "PASS"],
      ["0", "FAIL"],
    ]);
    expect(standings(row(view, "selinux"))).toEqual({ "cp-01": "majority", "w-01": "majority", "w-02": "differs" });
    // The drift every node shares is a FAIL on each, but nobody differs from the others.
    const kptr = row(view, "kspp:proc.sys.kernel.kptr_restrict");
    expect(kptr.isUniform).toBe(true);
    expect(kptr.cells.every((cell) => cell.status === "FAIL" && cell.standing === "majority")).toBe(true);
    expect(view.outliers).toEqual([{ name: odd.kubernetesName, attributes: ["SELinux", "kernel.yama.ptrace_scope"] }]);
  });

  it("says no value has a majority when two peers disagree", async () => {
    const { snapshot } = await loadProfileContext("talos-drifted");
    setKernelParam(talosNode(snapshot, "w-01"), "proc.sys.fs.suid_dumpable", "1");
    setKernelParam(talosNode(snapshot, "w-02"), "proc.sys.fs.suid_dumpable", "2");
    const suid = row(compare(snapshot), "kspp:proc.sys.fs.suid_dumpable");
    expect(standings(suid)).toEqual({ "cp-01": "no-majority", "w-01": "no-majority", "w-02": "no-majority" });
    expect(suid.isUniform).toBe(false);
  });

  it("compares services among nodes of the same role only", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    const view = compare(snapshot);
    const etcd = row(view, "service:etcd");
    expect(etcd.peerScope).toBe("role");
    expect(etcd.cells.map((cell) => cell.value)).toEqual(["healthy", "not present", "not present"]);
    expect(etcd.cells.every((cell) => cell.standing === "majority")).toBe(true);
    expect(etcd.isUniform).toBe(true);
    expect(view.outliers).toEqual([]);
  });

  it("keeps an unreadable node out of the majority and marks its cells unreadable", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(snapshot, "w-01"), "securityState");
    const secureBoot = row(compare(snapshot), "secure-boot");
    expect(standings(secureBoot)).toEqual({ "cp-01": "majority", "w-01": "unreadable", "w-02": "majority" });
    expect(secureBoot.cells[1]).toMatchObject({ value: null, status: null });
  });
});
