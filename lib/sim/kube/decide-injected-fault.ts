import { createHash } from "node:crypto";
import type { KubeFaults } from "@/lib/sim/model";

export type InjectedFault = "throttle" | "error" | undefined;

/**
 * Decides whether a request gets an injected 429 or 500. Deterministic from the seed and from
 * the request's method and path and how many times that path was requested before, so the same
 * sequence of requests per path always meets the same faults, whatever the interleaving of
 * concurrent clients. A retry of a failed request is a new occurrence and may pass.
 */
export function decideInjectedFault({
  faults,
  seed,
  method,
  path,
  occurrences,
}: {
  faults: KubeFaults;
  seed: number;
  method: string;
  path: string;
  /** Per-path request counts, owned by the server. */
  occurrences: Map<string, number>;
}): InjectedFault {
  const throttleRate = faults.throttleRate ?? 0;
  const errorRate = faults.errorRate ?? 0;
  if (throttleRate <= 0 && errorRate <= 0) return undefined;
  const key = `${method} ${path}`;
  const occurrence = occurrences.get(key) ?? 0;
  occurrences.set(key, occurrence + 1);
  if (throttleRate > 0 && unitInterval(`${seed}|throttle|${key}|${occurrence}`) < throttleRate) return "throttle";
  if (errorRate > 0 && unitInterval(`${seed}|error|${key}|${occurrence}`) < errorRate) return "error";
  return undefined;
}

/** A uniform value in [0, 1) from a string. */
function unitInterval(input: string): number {
  return createHash("sha256").update(input).digest().readUInt32BE(0) / 2 ** 32;
}
