import { describe, expect, it } from "vitest";
import { mapNode } from "./map-node";

const node = (osImage: string | undefined, extra: Record<string, unknown> = {}) => ({
  metadata: { name: "n", labels: { "node-role.kubernetes.io/control-plane": "", "node-role.kubernetes.io/": "x" } },
  status: { nodeInfo: osImage === undefined ? {} : { osImage }, ...extra },
});

describe("mapNode", () => {
  it.each([
    ["Talos (v1.11.1)", true, "v1.11.1"],
    ["Talos (v1.12.0-alpha.2)", true, "v1.12.0-alpha.2"],
    ["Talos", true, null],
    ["Ubuntu 24.04.2 LTS", false, null],
    ["Flatcar Talos-like", false, null],
  ])("reads %s as Talos=%s version %s", (osImage, isTalos, talosVersion) => {
    expect(mapNode(node(osImage))).toMatchObject({ ok: true, value: { isTalos, talosVersion } });
  });

  it("reads roles from labels and Ready from conditions", () => {
    expect(mapNode(node(undefined, { conditions: [{ type: "Ready", status: "Unknown" }] }))).toMatchObject({
      ok: true,
      value: { roles: ["control-plane"], isReady: null, osImage: null, isTalos: false },
    });
  });
});
