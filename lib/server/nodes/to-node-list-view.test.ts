import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import {
  loadProfileContext,
  PROFILE_LOAD_TIMEOUT_MS,
  setKernelParam,
  talosNode,
  warmUpProfileSnapshots,
} from "@/lib/server/evaluate/checks/node/testing/node-test-context";
import type { PlatformProfile } from "@/lib/sim/model";
import { toNodeListView } from "./to-node-list-view";

const NOW = new Date("2026-11-23T12:00:00Z");
const CLUSTER = { id: "c1", name: "edge-07" };
const SOURCE = { snapshotHash: "a".repeat(64), runId: "r1", collectedAt: "2026-11-23T11:00:00.000Z" };

beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

function view(snapshot: StoredSnapshot) {
  return toNodeListView({ cluster: CLUSTER, stored: { snapshot, source: SOURCE }, now: NOW });
}

async function snapshotOf(profile: PlatformProfile) {
  return (await loadProfileContext(profile)).snapshot;
}

describe("toNodeListView", () => {
  it("says nothing was collected yet before the first snapshot", () => {
    expect(toNodeListView({ cluster: CLUSTER, stored: null, now: NOW })).toMatchObject({
      state: "not-collected",
      nodes: [],
      compare: null,
      source: null,
    });
  });

  it("summarises each Talos node with its verdicts, KSPP counts and how it differs from its peers", async () => {
    const snapshot = await snapshotOf("talos-drifted");
    setKernelParam(talosNode(snapshot, "w-02"), "proc.sys.kernel.yama.ptrace_scope", "0");
    const list = view(snapshot);
    expect(list).toMatchObject({ state: "ok", platform: "talos", talosUnavailableReason: null, source: SOURCE });
    const odd = list.nodes.find((node) => node.name.endsWith("-w-02"))!;
    expect(odd).toMatchObject({
      role: "worker",
      isTalos: true,
      hasTalosData: true,
      talosVersion: "v1.13.2",
      kernelVersion: expect.stringMatching(/talos$/),
      overall: "FAIL",
      kspp: { pass: 13, fail: 3, unknown: 0, total: 16 },
      differingAttributes: ["kernel.yama.ptrace_scope"],
    });
    expect(odd.talosNode).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const kspp = odd.verdicts.find((verdict) => verdict.checkId === "node.kspp-sysctls");
    expect(kspp).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("kernel.kptr_restrict=1 (expected 2)"),
    });
    expect(list.nodes.find((node) => node.name.endsWith("-cp-01"))).toMatchObject({
      role: "controlplane",
      differingAttributes: [],
    });
    expect(list.compare?.outliers.map((outlier) => outlier.name)).toEqual([odd.name]);
  });

  it("lists a kubeadm cluster's Kubernetes nodes with the reason Talos data is unavailable", async () => {
    const list = view(await snapshotOf("kubeadm-default"));
    expect(list.platform).toBe("kubeadm");
    expect(list.talosUnavailableReason).toMatch(/^A kubeadm cluster: its nodes do not run Talos/);
    expect(list.compare).toBeNull();
    expect(list.nodes.length).toBeGreaterThan(0);
    for (const node of list.nodes) {
      expect(node).toMatchObject({ isTalos: false, hasTalosData: false, talosNode: null, kspp: null });
      expect(node.talosUnavailableReason).toMatch(/does not run Talos/);
      expect(node.kernelVersion).toBeTruthy();
    }
  });

  it("explains a managed cluster", async () => {
    const list = view(await snapshotOf("managed"));
    expect(list.platform).toBe("managed");
    expect(list.talosUnavailableReason).toMatch(/^A managed cluster/);
  });

  it("asks for a talosconfig when Talos nodes were read through Kubernetes only", async () => {
    const snapshot = await snapshotOf("talos-hardened");
    snapshot.talos = null;
    const list = view(snapshot);
    expect(list.talosUnavailableReason).toMatch(/no talosconfig is registered/);
    expect(list.nodes.every((node) => node.isTalos && !node.hasTalosData)).toBe(true);
    expect(list.nodes[0]?.talosVersion).toBe("v1.13.2");
    expect(list.nodes[0]?.overall).toBe("UNKNOWN");
  });

  it("names the Talos API failure when no endpoint answered", async () => {
    const snapshot = await snapshotOf("talos-hardened");
    snapshot.talos!.endpoint = {
      data: null,
      errors: [{ target: "talos:endpoint", kind: "unreachable", message: "connection refused by 10.0.0.1:50000" }],
    };
    expect(view(snapshot).talosUnavailableReason).toBe(
      "The Talos API could not be used in the latest collection: connection refused by 10.0.0.1:50000.",
    );
  });

  it("says why no node could be listed", async () => {
    const snapshot = await snapshotOf("kubeadm-default");
    snapshot.kubernetes.nodes = {
      data: null,
      errors: [{ target: "kubernetes:nodes", kind: "forbidden", message: "nodes is forbidden" }],
    };
    expect(view(snapshot)).toMatchObject({
      state: "no-nodes",
      nodes: [],
      errors: [{ target: "kubernetes:nodes", kind: "forbidden", message: "nodes is forbidden" }],
    });
  });
});
