// Test support for the seed checks 1–5: readable views of results, and the parts of a cloned
// profile snapshot (see cis/testing/cis-fixtures) that their tests change.
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { CheckResult } from "../../../evaluator-types";

/** Subject name (or "cluster") → status, for compact assertions. */
export function statusBySubject(results: readonly CheckResult[]): Record<string, CheckResult["status"]> {
  return Object.fromEntries(
    results.map((result) => [result.subject.kind === "cluster" ? "cluster" : result.subject.name, result.status]),
  );
}

/** The one result about a subject (namespace or node name, or "cluster"); throws when there is not exactly one. */
export function resultAbout(results: readonly CheckResult[], name: string): CheckResult {
  const matching = results.filter((result) =>
    result.subject.kind === "cluster" ? name === "cluster" : result.subject.name === name,
  );
  if (matching.length !== 1) throw new Error(`expected one result about ${name}, got ${matching.length}`);
  return matching[0]!;
}

/** The Talos control-plane node of a fixture (every profile has one). */
export function talosControlPlane(snapshot: StoredSnapshot): TalosNodeSnapshot {
  const node = snapshot.talos?.nodes.find((candidate) => candidate.staticPods.isApplicable === true);
  if (!node) throw new Error(`no Talos control plane in ${snapshot.cluster.name}`);
  return node;
}

/** The kube-apiserver flags the evaluators read: the Talos StaticPod, else the kube-system mirror pod. */
export function apiServerFlags(snapshot: StoredSnapshot): Record<string, string | string[]> {
  const staticPod = snapshot.talos?.nodes
    .flatMap((node) => node.staticPods.data ?? [])
    .find((pod) => pod.component === "kube-apiserver");
  if (staticPod) return staticPod.flags;
  const mirror = snapshot.kubernetes.controlPlanePods.data?.find((pod) => pod.component === "kube-apiserver");
  if (!mirror) throw new Error(`no kube-apiserver in ${snapshot.cluster.name}`);
  return mirror.flags;
}

export const TIMEOUT_ERROR = {
  kind: "timeout" as const,
  message: "the call timed out after 10000 ms",
};
