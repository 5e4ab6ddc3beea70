import { beforeAll, describe, expect, it } from "vitest";
import type { PlatformProfile } from "@/lib/sim/model";
import type { CheckResult } from "../../evaluator-types";
import { runEvaluators } from "../../run-evaluators";
import { CIS_EVALUATORS } from ".";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "./testing/cis-fixtures";

async function results(profile: PlatformProfile): Promise<CheckResult[]> {
  return runEvaluators(await profileContext(profile), CIS_EVALUATORS);
}

const failedIds = (found: readonly CheckResult[], sections: RegExp) =>
  [...new Set(found.filter((result) => result.status === "FAIL").map((result) => result.checkId))].filter((id) =>
    sections.test(id),
  );

const NODE_AND_CONTROL_PLANE = /^cis\.[1-4]\./;

describe("CIS on kubeadm and managed clusters", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("fails what a kubeadm default really lacks: anonymous auth, profiling, audit, encryption, kubelet CA", async () => {
    expect(failedIds(await results("kubeadm-default"), NODE_AND_CONTROL_PLANE)).toEqual([
      "cis.1.2.1", // --anonymous-auth unset: anonymous requests allowed
      "cis.1.2.5", // --kubelet-certificate-authority unset
      "cis.1.2.15", // --profiling unset (true)
      "cis.1.2.16", // no --audit-log-path
      "cis.1.2.17",
      "cis.1.2.18",
      "cis.1.2.19",
      "cis.1.2.27", // no --encryption-provider-config
      "cis.1.2.28",
      "cis.1.3.2", // controller-manager --profiling
      "cis.1.4.1", // scheduler --profiling
      "cis.3.2.1", // no audit policy
      "cis.3.2.2",
    ]);
  });

  it("fails the kubeadm default's workload posture too (no admission policy, cluster-admin-like CI role, privileged pods)", async () => {
    const failed = failedIds(await results("kubeadm-default"), /^cis\.5\./);
    expect(failed).toEqual(expect.arrayContaining(["cis.5.1.1", "cis.5.1.3", "cis.5.2.1", "cis.5.2.2", "cis.5.3.2"]));
  });

  it("fails none of the control-plane and node checks on a CIS-hardened kubeadm cluster", async () => {
    expect(failedIds(await results("kubeadm-hardened"), NODE_AND_CONTROL_PLANE)).toEqual([]);
  });

  it("never PASSes a file check on kubeadm: file permissions are not visible through the API", async () => {
    const found = (await results("kubeadm-hardened")).filter((result) => /^cis\.(1\.1|4\.1)\./.test(result.checkId));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((result) => result.status === "UNKNOWN" || result.status === "WARN")).toBe(true);
  });

  it("gives no PASS on control-plane checks of a managed cluster: they are NOT_APPLICABLE", async () => {
    const found = (await results("managed")).filter((result) => /^cis\.(1|2|3\.2)\./.test(result.checkId));
    expect(found.length).toBeGreaterThanOrEqual(68);
    expect(new Set(found.map((result) => result.status))).toEqual(new Set(["NOT_APPLICABLE"]));
  });
});
