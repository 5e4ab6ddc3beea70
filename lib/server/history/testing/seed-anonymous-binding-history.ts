// Test support: one hardened kubeadm cluster of the demo fleet (legacy-01) that gains a
// system:anonymous binding on day -3, with six days of replayed history up to `now`, registered
// through the API. The caller resets the database first and closes the fleet afterwards.
import { seedHistory } from "@/lib/server/history/seed-history";
import { registerSimFleet, startSimFleet } from "@/lib/server/jobs/testing/register-sim-fleet";
import { tokensByRole } from "@/lib/server/testing/call-route";
import type { Fleet } from "@/lib/sim/fleet";
import { loadScenario } from "@/lib/sim/scenario";

export async function seedAnonymousBindingHistory({
  now,
}: {
  now: Date;
}): Promise<{ fleet: Fleet; clusterId: string }> {
  const tokens = await tokensByRole();
  const demo = await loadScenario({ path: "scenarios/default.yaml" });
  const groups = (demo.groups ?? [])
    .filter((group) => group.name === "legacy-{n:02}")
    .map((group) => ({
      ...group,
      count: 1,
      overrides: undefined,
      cycle: undefined,
      profile: "kubeadm-hardened" as const,
    }));
  const timeline = [{ day: -3, cluster: "legacy-01", change: { posture: { anonymousBinding: true } } }];
  const fleet = await startSimFleet({ scenario: { ...demo, environments: {}, groups, clusters: [], timeline } });
  const clusterId = (await registerSimFleet({ fleet, adminToken: tokens.admin })).get("legacy-01")!;
  await seedHistory({ showDay: (day) => fleet.showDay(day), changeDays: [-3], firstDay: -5, stepDays: 1, now });
  return { fleet, clusterId };
}
