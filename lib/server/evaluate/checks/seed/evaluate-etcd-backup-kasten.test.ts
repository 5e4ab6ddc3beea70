import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KastenActionSummary, KastenPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import { runEvaluators } from "../../run-evaluators";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "../cis/testing/cis-fixtures";
import { etcdBackupEvaluator } from "./evaluate-etcd-backup";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

// Fixture "now" is 2026-11-23T12:00:00Z.
const run = (name: string, state: string, endTime: string, error: string | null = null): KastenActionSummary => ({
  kind: "RunAction",
  namespace: "kasten-io",
  name,
  policyName: "daily-backup",
  policyNamespace: "kasten-io",
  state,
  startTime: endTime,
  endTime,
  error,
});

function policy(overrides: Partial<KastenPolicy> = {}): KastenPolicy {
  const success = run("policy-run-b2", "Complete", "2026-11-22T23:20:00Z");
  return {
    namespace: "kasten-io",
    name: "daily-backup",
    frequency: "@daily",
    paused: false,
    actions: ["backup", "export"],
    validation: "Success",
    latestRun: success,
    latestSuccessfulRun: success,
    runCount: 3,
    ...overrides,
  };
}

const withKasten =
  (policies: KastenPolicy[] | null, { withoutEtcdJobs = false } = {}) =>
  (snapshot: StoredSnapshot) => {
    snapshot.kubernetes.kastenPolicies = { isServed: true, data: policies, errors: [] };
    if (withoutEtcdJobs) snapshot.kubernetes.etcdBackupJobs = { data: [], errors: [] };
  };

async function judge(profile: PlatformProfile, mutate: (snapshot: StoredSnapshot) => void) {
  const results = runEvaluators(await profileContext(profile, { mutate }), [etcdBackupEvaluator]);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const EXPORT_DOWN = "Failed to export snapshot data: Failed to connect to location profile s3-offsite";

describe("seed.etcd-backup with Kasten K10", () => {
  it("passes a healthy K10 backup policy like a healthy Velero schedule, citing the policy and its run", async () => {
    const result = await judge("kubeadm-default", withKasten([policy()], { withoutEtcdJobs: true }));
    expect(result).toMatchObject({
      status: "PASS",
      message:
        "The last completed run of Kasten K10 Policy kasten-io/daily-backup (RunAction kasten-io/policy-run-b2) is 12 h old, within twice its 24 h interval.",
    });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ source: "kubernetes.kastenPolicies[kasten-io/daily-backup]" }),
    );
    // On a managed cluster K10, like Velero, turns NOT_APPLICABLE into a judged backup.
    expect((await judge("managed", withKasten([policy()]))).status).toBe("PASS");
  });

  it("fails when the last run failed and the last completed one is too old, with K10's error", async () => {
    const failed = run("policy-run-c3", "Failed", "2026-11-22T23:05:00Z", EXPORT_DOWN);
    const old = run("policy-run-a1", "Complete", "2026-11-19T23:20:00Z");
    const result = await judge(
      "kubeadm-default",
      withKasten([policy({ latestRun: failed, latestSuccessfulRun: old })], { withoutEtcdJobs: true }),
    );
    expect(result.status).toBe("FAIL");
    expect(result.message).toBe(
      `The last completed run of Kasten K10 Policy kasten-io/daily-backup (RunAction kasten-io/policy-run-a1) is 3 days old, more than twice its 24 h interval; its latest run (RunAction kasten-io/policy-run-c3) is Failed: ${EXPORT_DOWN}.`,
    );
    const never = await judge("managed", withKasten([policy({ latestRun: failed, latestSuccessfulRun: null })]));
    expect(never).toMatchObject({ status: "FAIL", message: expect.stringContaining("has no completed run") });
    const invalid = await judge("managed", withKasten([policy({ validation: "Failed" })]));
    expect(invalid).toMatchObject({ status: "FAIL", message: expect.stringContaining("failed K10's validation") });
  });

  it("warns on a recent backup that is paused, never exported, or whose newest run failed since", async () => {
    const warn = async (overrides: Partial<KastenPolicy>) => judge("managed", withKasten([policy(overrides)]));
    expect(await warn({ paused: true })).toMatchObject({ status: "WARN", message: expect.stringContaining("paused") });
    expect(await warn({ actions: ["backup"] })).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("no export action"),
    });
    const failed = run("policy-run-c3", "Failed", "2026-11-23T08:00:00Z", EXPORT_DOWN);
    expect(await warn({ latestRun: failed })).toMatchObject({
      status: "WARN",
      message: expect.stringContaining(`is Failed: ${EXPORT_DOWN}`),
    });
  });

  it("lets the best source decide beside Velero and the etcd jobs, and fails an install without a backup policy", async () => {
    const result = await judge("kubeadm-default", (snapshot) => {
      withKasten([policy()])(snapshot);
      snapshot.kubernetes.veleroSchedules = { isServed: true, data: [], errors: [] };
    });
    expect(result.status).toBe("PASS");
    expect(result.message).toContain("Kasten K10 Policy");
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        source: "other backup source",
        value: "FAIL",
        note: expect.stringContaining("Velero"),
      }),
    );
    const importOnly = await judge("managed", withKasten([policy({ actions: ["import"] })]));
    expect(importOnly).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("no K10 Policy has a backup action"),
    });
  });

  it("is UNKNOWN instead of FAIL when K10 could not be read, and ignores K10 where it is not installed", async () => {
    const error = {
      target: "kubernetes:runactions.actions.kio.kasten.io",
      kind: "forbidden" as const,
      message: "forbidden",
    };
    const unread = await judge("managed", (snapshot) => {
      snapshot.kubernetes.kastenPolicies = {
        isServed: true,
        data: [policy({ latestRun: null, latestSuccessfulRun: null })],
        errors: [error],
      };
    });
    expect(unread.status).toBe("UNKNOWN");
    const absent = await judge("managed", (snapshot) => {
      snapshot.kubernetes.kastenPolicies = { isServed: false, data: [], errors: [] };
    });
    expect(absent.status).toBe("NOT_APPLICABLE");
  });
});
