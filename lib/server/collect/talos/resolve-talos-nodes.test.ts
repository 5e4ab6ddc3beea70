import { describe, expect, it } from "vitest";
import { resolveTalosNodes } from "./resolve-talos-nodes";

describe("resolveTalosNodes", () => {
  it("keeps talosconfig nodes first and merges Kubernetes nodes by address or name", () => {
    expect(
      resolveTalosNodes({
        talosconfigNodes: ["10.0.0.2", " cp-2 ", "10.0.0.2", ""],
        kubernetesNodes: [
          { name: "cp-1", address: "10.0.0.2", role: "controlplane" },
          { name: "cp-2", address: "10.0.0.3", role: "controlplane" },
          { name: "w-1", address: "10.0.0.5", role: "worker" },
          { name: "w-2", address: "" },
        ],
        endpointHost: "10.0.0.2",
      }),
    ).toEqual([
      {
        node: "10.0.0.2",
        kubernetesName: "cp-1",
        sources: ["talosconfig", "kubernetes"],
        kubernetesRole: "controlplane",
      },
      { node: "cp-2", kubernetesName: "cp-2", sources: ["talosconfig", "kubernetes"], kubernetesRole: "controlplane" },
      { node: "10.0.0.5", kubernetesName: "w-1", sources: ["kubernetes"], kubernetesRole: "worker" },
      { node: "w-2", kubernetesName: "w-2", sources: ["kubernetes"], kubernetesRole: null },
    ]);
  });

  it("falls back to the endpoint node when nothing names a node", () => {
    expect(resolveTalosNodes({ talosconfigNodes: [], kubernetesNodes: [], endpointHost: "10.0.0.10" })).toEqual([
      { node: "10.0.0.10", kubernetesName: null, sources: ["endpoint"], kubernetesRole: null },
    ]);
  });
});
