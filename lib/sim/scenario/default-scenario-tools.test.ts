import { describe, expect, it } from "vitest";
import { loadScenario } from "./load-scenario";
import { resolveScenario } from "./resolve-scenario";

describe("the default demo fleet's ecosystem tools", () => {
  it("runs each tool on some clusters, with the failing cases the demo tells about", async () => {
    const specs = resolveScenario({ scenario: await loadScenario({ path: "scenarios/default.yaml" }), day: 0 });
    const names = (filter: (spec: (typeof specs)[number]) => boolean) => specs.filter(filter).map((spec) => spec.name);
    expect(names((spec) => spec.tools.velero.enabled)).toEqual([
      "cloud-01",
      "cloud-02",
      "cloud-03",
      "cloud-04",
      "cloud-05",
    ]);
    expect(specs.find((spec) => spec.name === "cloud-03")?.tools.velero.lastSuccessHoursAgo).toBeGreaterThan(48);
    // Flannel stays where the platform's default CNI was never replaced.
    expect(names((spec) => spec.profile.startsWith("talos-") && spec.tools.cni === "platform")).toEqual([
      "edge-10",
      "core-04",
    ]);
    expect(names((spec) => spec.tools.falco.enabled)).toHaveLength(8);
    expect(specs.find((spec) => spec.name === "core-06")?.tools.falco.onControlPlanes).toBe(false);
    expect(names((spec) => spec.tools.gitOps.tool === "argocd")).toHaveLength(8);
    expect(names((spec) => spec.tools.gitOps.tool === "flux")).toHaveLength(5);
    expect(names((spec) => spec.tools.externalSecrets)).toHaveLength(5);
    expect(names((spec) => spec.tools.sealedSecrets)).toHaveLength(5);
    expect(names((spec) => spec.tools.trivyOperator)).toHaveLength(5);
    expect(names((spec) => spec.tools.kyvernoGenerateDefaultDeny)).toHaveLength(8);
    const legacy = ["legacy-01", "legacy-02", "legacy-03", "legacy-04", "legacy-05"];
    expect(names((spec) => spec.tools.kasten.enabled)).toEqual(legacy);
    expect(specs.find((spec) => spec.name === "legacy-03")?.tools.kasten.lastSuccessHoursAgo).toBeGreaterThan(48);
    expect(names((spec) => spec.tools.vaultCsi)).toEqual(legacy);
    expect(names((spec) => spec.admission.kubewarden !== "off")).toEqual(legacy);
    expect(specs.find((spec) => spec.name === "legacy-05")?.admission.kubewarden).toBe("monitor");
    expect(names((spec) => spec.admission.ratify)).toEqual([
      "cloud-01",
      "cloud-02",
      "cloud-03",
      "cloud-04",
      "cloud-05",
    ]);
    expect(names((spec) => spec.admission.rejectCriticalCves === "enforce")).toHaveLength(8);
    expect(names((spec) => spec.tools.logShipper === "fluentd")).toEqual(legacy);
    expect(names((spec) => spec.tools.logShipper === "vector")).toHaveLength(5);
    expect(specs.filter((spec) => spec.talos.kms).map((spec) => [spec.name, spec.talosVersion])).toEqual([
      ["core-08", "v1.14.0"],
    ]);
  });
});
