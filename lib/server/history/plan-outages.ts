import { createRandom } from "./build-year-timeline";

export interface Outage {
  cluster: string;
  /** First affected slot (index into the cluster's run slots, oldest first). */
  fromSlot: number;
  slots: number;
}

/**
 * Seeded outages: about one per cluster per `everyDays` days, each lasting 1–8 hours (at least one
 * slot), so the year has failed runs and UNKNOWN periods where a real fleet would.
 */
export function planOutages({
  clusterNames,
  totalSlots,
  slotsPerDay,
  seed,
  everyDays = 90,
}: {
  clusterNames: readonly string[];
  totalSlots: number;
  slotsPerDay: number;
  seed: number;
  everyDays?: number;
}): Outage[] {
  const random = createRandom(seed ^ 0x5eed);
  const days = totalSlots / slotsPerDay;
  const outages: Outage[] = [];
  for (const cluster of clusterNames) {
    // Rounded at random, so a period shorter than `everyDays` still has its share of outages.
    const count = Math.floor((days / everyDays) * (0.5 + random()) + random());
    for (let index = 0; index < count; index++) {
      const hours = 1 + Math.floor(random() * 8);
      const slots = Math.max(1, Math.round((hours * slotsPerDay) / 24));
      // Never the very first slot: the history starts with a real collection.
      const fromSlot = 1 + Math.floor(random() * Math.max(1, totalSlots - slots - 1));
      outages.push({ cluster, fromSlot, slots });
    }
  }
  return outages;
}

/** The slots of one cluster that fall in an outage. */
export function outageSlotsOf({ outages, cluster }: { outages: readonly Outage[]; cluster: string }): Set<number> {
  const slots = new Set<number>();
  for (const outage of outages)
    if (outage.cluster === cluster) for (let i = 0; i < outage.slots; i++) slots.add(outage.fromSlot + i);
  return slots;
}
