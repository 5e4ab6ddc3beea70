import { describe, expect, it } from "vitest";
import { outageSlotsOf, planOutages } from "./plan-outages";

describe("planOutages", () => {
  const clusterNames = ["edge-01", "core-01", "cloud-01"];
  const plan = () => planOutages({ clusterNames, totalSlots: 365 * 24, slotsPerDay: 24, seed: 7 });

  it("is the same for the same seed, and gives every cluster a few outages of 1–8 hours in a year", () => {
    expect(plan()).toEqual(plan());
    for (const cluster of clusterNames) {
      const outages = plan().filter((outage) => outage.cluster === cluster);
      expect(outages.length).toBeGreaterThanOrEqual(2);
      expect(outages.length).toBeLessThanOrEqual(6);
      for (const outage of outages) {
        expect(outage.slots).toBeGreaterThanOrEqual(1);
        expect(outage.slots).toBeLessThanOrEqual(8);
        expect(outage.fromSlot).toBeGreaterThanOrEqual(1); // the history starts with a real collection
        expect(outage.fromSlot + outage.slots).toBeLessThanOrEqual(365 * 24);
      }
    }
  });

  it("lists a cluster's outage slots", () => {
    const slots = outageSlotsOf({
      outages: [
        { cluster: "a", fromSlot: 5, slots: 3 },
        { cluster: "b", fromSlot: 1, slots: 1 },
      ],
      cluster: "a",
    });
    expect([...slots]).toEqual([5, 6, 7]);
  });
});
