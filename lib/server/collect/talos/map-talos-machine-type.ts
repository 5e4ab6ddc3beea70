import { z } from "zod";
import type { TalosMachineType } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";

const KNOWN: readonly TalosMachineType[] = ["init", "controlplane", "worker", "unknown"];

/** MachineType's spec is a single YAML string: `init`, `controlplane`, `worker` or `unknown`. */
export function mapTalosMachineType({ spec }: { spec: unknown }): TalosMachineType {
  const value = parseTalosSpec({ schema: z.string(), value: spec, what: "MachineType" });
  return KNOWN.find((known) => known === value) ?? "unknown";
}
