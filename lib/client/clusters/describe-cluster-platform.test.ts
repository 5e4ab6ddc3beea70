import { describe, expect, it } from "vitest";
import { makeNodeSummary } from "@/lib/client/nodes/testing/make-node";
import type { NodeListView } from "@/lib/shared/node-view";
import { describeClusterPlatform, formatVersionShares } from "./describe-cluster-platform";

function makeView(overrides: Partial<NodeListView>): NodeListView {
  return {
    cluster: { id: "c1", name: "edge-07" },
    state: "ok",
    platform: "talos",
    kubernetesVersion: "v1.36.1",
    source: null,
    talosUnavailableReason: null,
    nodes: [],
    compare: null,
    errors: [],
    ...overrides,
  };
}

describe("describeClusterPlatform", () => {
  it("names the platform and counts each version across the nodes, most common first", () => {
    const summary = describeClusterPlatform(
      makeView({
        nodes: [
          makeNodeSummary({ name: "a", talosVersion: "v1.12.4", kubeletVersion: "v1.36.1" }),
          makeNodeSummary({ name: "b", talosVersion: "v1.13.2", kubeletVersion: "v1.36.1" }),
          makeNodeSummary({ name: "c", talosVersion: "v1.13.2", kubeletVersion: "v1.35.4" }),
        ],
      }),
    );
    expect(summary).toEqual({
      platform: "Talos Linux",
      kubernetes: "v1.36.1",
      kubelets: [
        { version: "v1.36.1", nodes: 2 },
        { version: "v1.35.4", nodes: 1 },
      ],
      talos: [
        { version: "v1.13.2", nodes: 2 },
        { version: "v1.12.4", nodes: 1 },
      ],
      nodeCount: 3,
    });
  });

  it("leaves Talos versions out for nodes that do not run Talos, and unknown versions uncounted", () => {
    const summary = describeClusterPlatform(
      makeView({
        platform: "kubeadm",
        nodes: [
          makeNodeSummary({ isTalos: false, talosVersion: null, kubeletVersion: "v1.33.0" }),
          makeNodeSummary({ isTalos: false, talosVersion: null, kubeletVersion: null }),
        ],
      }),
    );
    expect(summary.platform).toBe("kubeadm");
    expect(summary.talos).toEqual([]);
    expect(summary.kubelets).toEqual([{ version: "v1.33.0", nodes: 1 }]);
    expect(summary.nodeCount).toBe(2);
  });

  it("says nothing before the first collection", () => {
    const summary = describeClusterPlatform(
      makeView({ state: "not-collected", platform: null, kubernetesVersion: null }),
    );
    expect(summary).toEqual({ platform: null, kubernetes: null, kubelets: [], talos: [], nodeCount: 0 });
  });
});

describe("formatVersionShares", () => {
  it("prints one version alone and several with their node counts", () => {
    expect(formatVersionShares([])).toBeNull();
    expect(formatVersionShares([{ version: "v1.13.2", nodes: 5 }])).toBe("v1.13.2");
    expect(
      formatVersionShares([
        { version: "v1.13.2", nodes: 8 },
        { version: "v1.12.4", nodes: 2 },
      ]),
    ).toBe("v1.13.2 (8) · v1.12.4 (2)");
  });
});
