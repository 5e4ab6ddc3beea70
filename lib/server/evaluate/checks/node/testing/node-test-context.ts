// Test support for node checks: evaluation contexts from the simulator's profile snapshots, and
// small helpers to change one node of a cloned snapshot.
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import type { CheckResult, EvaluationContext } from "../../../evaluator-types";
import { FIXTURE_NOW, loadProfileSnapshots } from "../../../testing/profile-snapshots";

/** For `beforeAll`: the fixture fleet starts once per test file and may take seconds on a busy machine. */
export const PROFILE_LOAD_TIMEOUT_MS = 60_000;

export async function warmUpProfileSnapshots(): Promise<void> {
  await loadProfileSnapshots();
}

/** A fresh (cloned) context of a profile's snapshot, safe to modify. */
export async function loadProfileContext(profile: PlatformProfile): Promise<EvaluationContext> {
  const entry = (await loadProfileSnapshots()).get(profile);
  if (!entry) throw new Error(`no fixture snapshot for ${profile}`);
  return { snapshot: structuredClone(entry.snapshot), platform: entry.platform, credentials: [], now: FIXTURE_NOW };
}

/** The Talos part of a node by its Kubernetes name suffix (`cp-01`, `w-02`); throws when absent. */
export function talosNode(snapshot: StoredSnapshot, suffix: string): TalosNodeSnapshot {
  const node = snapshot.talos?.nodes.find((candidate) => candidate.kubernetesName?.endsWith(`-${suffix}`));
  if (!node) throw new Error(`no Talos node *-${suffix} in ${snapshot.cluster.name}`);
  return node;
}

/** The one result about a node (by name suffix); throws when there is not exactly one. */
export function resultFor(results: CheckResult[], suffix: string): CheckResult {
  const matching = results.filter(
    (result) => result.subject.kind === "node" && result.subject.name.endsWith(`-${suffix}`),
  );
  if (matching.length !== 1) throw new Error(`expected one result for *-${suffix}, got ${matching.length}`);
  return matching[0]!;
}

/** Node name → status, for compact assertions. */
export function statusesByNode(results: CheckResult[]): Record<string, CheckResult["status"]> {
  return Object.fromEntries(
    results.map((result) => [
      result.subject.kind === "node" ? result.subject.name : result.subject.kind,
      result.status,
    ]),
  );
}

/** Replaces a KernelParamStatus `current` value (the node must report the key). */
export function setKernelParam(node: TalosNodeSnapshot, key: string, current: string): void {
  const param = node.kernelParams.data?.find((candidate) => candidate.key === key);
  if (!param) throw new Error(`node ${node.node} reports no ${key}`);
  param.current = current;
}

/** Rewrites the node's kernel command line (tokens parsed the simple way: blanks, first `=`). */
export function setCmdline(node: TalosNodeSnapshot, cmdline: string): void {
  const tokens = cmdline
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => {
      const equals = word.indexOf("=");
      return equals === -1 ? { key: word, value: null } : { key: word.slice(0, equals), value: word.slice(equals + 1) };
    });
  node.kernelCmdline = { data: { cmdline, tokens }, errors: [] };
}

/** Marks a part of the node as unreadable, as the collector records it. */
export function makeUnreadable(
  node: TalosNodeSnapshot,
  part: "version" | "securityState" | "kernelParams" | "kernelCmdline",
): void {
  node[part] = {
    data: null,
    errors: [
      { target: `talos:node/${node.node}:${part}`, kind: "timeout", message: "the call timed out after 10000 ms" },
    ],
  };
}
