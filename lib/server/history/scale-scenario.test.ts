import { describe, expect, it } from "vitest";
import { loadScenario } from "@/lib/sim/scenario";
import { listScenarioClusters, scaleScenario } from "./scale-scenario";

describe("scaleScenario", () => {
  it("resizes the demo fleet keeping each group's share and drops what names missing clusters", async () => {
    const demo = await loadScenario({ path: "scenarios/default.yaml" });
    const small = scaleScenario({ scenario: demo, clusters: 5 });
    const names = listScenarioClusters({ scenario: small });
    expect(names).toHaveLength(5);
    expect(names.some((name) => name.startsWith("edge-"))).toBe(true);
    expect(small.timeline?.every((entry) => names.includes(entry.cluster))).toBe(true);

    const large = scaleScenario({ scenario: demo, clusters: 300 });
    const largeNames = listScenarioClusters({ scenario: large });
    expect(largeNames).toHaveLength(300);
    expect(new Set(largeNames).size).toBe(300);
    expect(largeNames.filter((name) => name.startsWith("edge-"))).toHaveLength(120);
  });

  it("refuses a fleet of no clusters", async () => {
    const demo = await loadScenario({ path: "scenarios/default.yaml" });
    expect(() => scaleScenario({ scenario: demo, clusters: 0 })).toThrow("clusters must be");
  });
});
