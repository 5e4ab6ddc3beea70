import type { SimNode } from "@/lib/sim/model";
import type { ClusterSpec } from "../cluster-spec";
import { hashFraction } from "../hash-key";
import type { ObjectFactory } from "./object-factory";

/** What every object builder of one cluster needs. */
export interface ClusterBuildContext {
  spec: ClusterSpec;
  nodes: SimNode[];
  /** "Today" of the scenario (day 0). */
  referenceTime: Date;
  /** "Now" for this state of the cluster: the reference time plus the day offset. */
  now: Date;
  /** When the cluster was created; fixed for all days, so object ages stay consistent. */
  createdAt: Date;
  factory: ObjectFactory;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A deterministic moment between `fromDays` and `toDays` days after the cluster's creation,
 * different per key (objects were not all created at the same second).
 */
export function createdBetween({
  context,
  key,
  fromDays,
  toDays,
}: {
  context: ClusterBuildContext;
  key: string;
  fromDays: number;
  toDays: number;
}): Date {
  const fraction = hashFraction({ key: `created:${context.spec.seed}:${key}` });
  const offset = (fromDays + fraction * (toDays - fromDays)) * DAY_MS;
  return new Date(Math.floor((context.createdAt.getTime() + offset) / 1000) * 1000);
}
