// Test support for the CIS evaluators: a profile's real snapshot (see testing/profile-snapshots),
// cloned so that a test can change what it needs without touching the shared fixture.
import type { PlatformProfile } from "@/lib/sim/model";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext } from "../../../evaluator-types";
import { runEvaluators } from "../../../run-evaluators";
import { FIXTURE_NOW, loadProfileSnapshots } from "../../../testing/profile-snapshots";

export async function profileContext(
  profile: PlatformProfile,
  {
    talosRole = "os:reader",
    mutate,
  }: { talosRole?: "os:reader" | "os:admin"; mutate?: (snapshot: StoredSnapshot) => void } = {},
): Promise<EvaluationContext> {
  const fixture = (await loadProfileSnapshots({ talosRole })).get(profile);
  if (!fixture) throw new Error(`no fixture for ${profile}`);
  const snapshot = structuredClone(fixture.snapshot);
  mutate?.(snapshot);
  return { snapshot, platform: fixture.platform, credentials: [], now: FIXTURE_NOW };
}

/** Runs one evaluator the way the worker does (a throw becomes UNKNOWN). */
export async function evaluate(
  evaluator: CheckEvaluator,
  profile: PlatformProfile,
  options: Parameters<typeof profileContext>[1] = {},
): Promise<CheckResult[]> {
  return runEvaluators(await profileContext(profile, options), [evaluator]);
}

export const statusesOf = (results: readonly CheckResult[]) => results.map((result) => result.status);

/** The flags of the first kube-system control-plane pod of a component (kubeadm fixtures). */
export function mirrorPodFlags(snapshot: StoredSnapshot, component: string): Record<string, string | string[]> {
  const pod = snapshot.kubernetes.controlPlanePods.data?.find((candidate) => candidate.component === component);
  if (!pod) throw new Error(`no ${component} mirror pod in the fixture`);
  return pod.flags;
}

/** The flags of the first Talos StaticPod of a component (Talos fixtures). */
export function staticPodFlags(snapshot: StoredSnapshot, component: string): Record<string, string | string[]> {
  for (const node of snapshot.talos?.nodes ?? []) {
    const pod = node.staticPods.data?.find((candidate) => candidate.component === component);
    if (pod) return pod.flags;
  }
  throw new Error(`no ${component} StaticPod in the fixture`);
}

/** For `beforeAll`: collecting the fixtures takes seconds, more than one test's timeout should absorb. */
export const FIXTURE_TIMEOUT_MS = 120_000;

export async function warmFixtures(roles: readonly ("os:reader" | "os:admin")[] = ["os:reader"]): Promise<void> {
  await Promise.all(roles.map((talosRole) => loadProfileSnapshots({ talosRole })));
}
