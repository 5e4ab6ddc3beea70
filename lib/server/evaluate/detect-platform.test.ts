import { describe, expect, it } from "vitest";
import { loadProfileSnapshots } from "./testing/profile-snapshots";
import { readControlPlaneFlags } from "./read-control-plane-flags";

describe("platform detection and control-plane flags on every simulated profile", () => {
  it("tells Talos, kubeadm and managed clusters apart and reads kube-apiserver flags where visible", async () => {
    const profiles = await loadProfileSnapshots();
    const platforms = Object.fromEntries([...profiles].map(([profile, entry]) => [profile, entry.platform]));
    expect(platforms).toEqual({
      "talos-hardened": "talos",
      "talos-default": "talos",
      "talos-drifted": "talos",
      "kubeadm-default": "kubeadm",
      "kubeadm-hardened": "kubeadm",
      managed: "managed",
    });
    for (const [profile, { snapshot, platform }] of profiles) {
      const flags = readControlPlaneFlags({ snapshot, platform }, "kube-apiserver");
      if (platform === "managed") {
        expect(flags.state, profile).toBe("not-visible");
        continue;
      }
      expect(flags.state, profile).toBe("known");
      if (flags.state !== "known") continue;
      expect(flags.instances.length, profile).toBe(1);
      expect(flags.instances[0]!.source, profile).toMatch(platform === "talos" ? /^talos\.nodes\[/ : /^kubernetes\./);
      expect(Object.keys(flags.instances[0]!.flags), profile).toContain("secure-port");
    }
  }, 60_000);
});
