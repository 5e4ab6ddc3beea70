import { describe, expect, it } from "vitest";
import { getClusterStateAtDay, listChangeDays } from "./get-cluster-state-at-day";
import { parseScenario } from "./parse-scenario";
import { objectsOfKind, TEST_REFERENCE_TIME } from "./testing/build-test-cluster";

const scenario = parseScenario({
  text: `
seed: 9
clusters:
  - { name: edge-03, profile: talos-hardened, etcdBackup: { schedule: "0 */6 * * *", lastSuccessHoursAgo: 2 } }
  - { name: other, profile: kubeadm-default }
timeline:
  - { day: -60, cluster: edge-03, change: { profile: talos-drifted, posture: { anonymousBinding: true } } }
  - { day: -40, cluster: edge-03, change: { etcdBackup: { failingSinceDay: -40 } } }
  - { day: -10, cluster: edge-03, change: { posture: { anonymousBinding: false } } }
  - { day: -30, cluster: other, change: { kubernetesVersion: 1.34.4 } }
`,
});

const at = (day: number) =>
  getClusterStateAtDay({ scenario, clusterName: "edge-03", day, referenceTime: TEST_REFERENCE_TIME });
const hasAnonymous = (day: number) =>
  objectsOfKind(at(day), "ClusterRoleBinding").some((binding) =>
    (binding.subjects as { name: string }[]).some((subject) => subject.name === "system:anonymous"),
  );
const lastBackup = (day: number) => {
  const cronJob = objectsOfKind(at(day), "CronJob").find((object) => object.metadata.name === "talos-backup");
  return new Date((cronJob?.status as { lastSuccessfulTime: string }).lastSuccessfulTime);
};
const DAY = 86_400_000;

describe("getClusterStateAtDay", () => {
  it("applies timeline changes up to the day asked for", () => {
    expect([at(-61).spec.profile, hasAnonymous(-61)]).toEqual(["talos-hardened", false]);
    expect([at(-60).spec.profile, hasAnonymous(-60)]).toEqual(["talos-drifted", true]);
    expect([at(-11).spec.profile, hasAnonymous(-11)]).toEqual(["talos-drifted", true]);
    expect([at(0).spec.profile, hasAnonymous(0)]).toEqual(["talos-drifted", false]);
  });

  it("passes the profile's Talos variant to the Talos node states", () => {
    expect(at(-61).talosNodes[0]?.variant).toBe("hardened");
    expect(at(-60).talosNodes[0]?.variant).toBe("drifted");
  });

  it("moves 'now' with the day and lets a failing backup age", () => {
    const ageAt = (day: number) => (TEST_REFERENCE_TIME.getTime() + day * DAY - lastBackup(day).getTime()) / DAY;
    expect(ageAt(-50)).toBeLessThan(0.5);
    expect(ageAt(-41)).toBeLessThan(0.5);
    expect(ageAt(-20)).toBeGreaterThan(19.5);
    expect(ageAt(0)).toBeGreaterThan(39.5);
  });

  it("keeps creation times across days, so history is consistent", () => {
    const uidsAndTimes = (day: number) =>
      objectsOfKind(at(day), "Deployment").map(
        (object) => `${object.metadata.uid}@${object.metadata.creationTimestamp}`,
      );
    expect(uidsAndTimes(-30)).toEqual(uidsAndTimes(-5));
  });

  it("lists the days on which posture changes", () => {
    expect(listChangeDays({ scenario })).toEqual([-60, -40, -30, -10]);
    expect(listChangeDays({ scenario, clusterName: "other" })).toEqual([-30]);
  });

  it("refuses an unknown cluster", () => {
    expect(() =>
      getClusterStateAtDay({ scenario, clusterName: "nope", day: 0, referenceTime: TEST_REFERENCE_TIME }),
    ).toThrow(/nope/);
  });
});
