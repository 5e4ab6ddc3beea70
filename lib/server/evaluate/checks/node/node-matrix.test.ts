import { describe, expect, it } from "vitest";
import type { PlatformProfile } from "@/lib/sim/model";
import type { CheckResult } from "../../evaluator-types";
import { FIXTURE_NOW, loadProfileSnapshots, PROFILES } from "../../testing/profile-snapshots";
import { NODE_EVALUATORS } from ".";

// What every node check says about every node of each simulated profile (1 control plane, 2
// workers, Talos v1.13.2, lib/sim/talos/resolve-node-posture.ts), one status per check because all
// nodes of a profile share their posture:
//
// | check                 | talos-hardened | talos-default | talos-drifted | kubeadm-* | managed |
// |-----------------------|----------------|---------------|---------------|-----------|---------|
// | node.kspp-sysctls     | PASS           | PASS          | FAIL (1)      | N/A       | N/A     |
// | node.kernel-cmdline   | PASS           | PASS          | PASS          | N/A       | N/A     |
// | node.secure-boot      | PASS           | FAIL (2)      | FAIL (3)      | N/A       | N/A     |
// | node.selinux          | PASS           | FAIL (4)      | PASS          | N/A       | N/A     |
// | node.module-signing   | PASS           | PASS (5)      | PASS          | N/A       | N/A     |
// | node.os-version-skew  | PASS           | PASS          | PASS          | PASS (6)  | PASS (6)|
//
// (1) drift overrides kernel.kptr_restrict=1 and net.core.bpf_jit_harden=1 (KSPP: 2 and 2).
// (2) a default UEFI install boots a UKI through systemd-boot, but not a Secure Boot image.
// (3) the hardened Secure Boot UKI, booted with firmware Secure Boot off.
// (4) Talos boots SELinux permissive unless `enforcing=1` is set.
// (5) module.sig_enforce=1 is a default argument from v1.12.
// (6) every node reports the same OS image and kernel (Ubuntu 24.04.1 LTS; Bottlerocket on EKS).
// N/A = NOT_APPLICABLE: Lotse reads node OS state only through the Talos API.
const EXPECTED: Record<string, Record<PlatformProfile, CheckResult["status"]>> = {
  "node.kspp-sysctls": row("PASS", "PASS", "FAIL", "NOT_APPLICABLE"),
  "node.kernel-cmdline": row("PASS", "PASS", "PASS", "NOT_APPLICABLE"),
  "node.secure-boot": row("PASS", "FAIL", "FAIL", "NOT_APPLICABLE"),
  "node.selinux": row("PASS", "FAIL", "PASS", "NOT_APPLICABLE"),
  "node.module-signing": row("PASS", "PASS", "PASS", "NOT_APPLICABLE"),
  "node.os-version-skew": row("PASS", "PASS", "PASS", "PASS"),
};

function row(
  hardened: CheckResult["status"],
  fallback: CheckResult["status"],
  drifted: CheckResult["status"],
  other: CheckResult["status"],
): Record<PlatformProfile, CheckResult["status"]> {
  return {
    "talos-hardened": hardened,
    "talos-default": fallback,
    "talos-drifted": drifted,
    "kubeadm-default": other,
    "kubeadm-hardened": other,
    managed: other,
  };
}

async function evaluateMatrix(talosRole: "os:reader" | "os:admin") {
  const profiles = await loadProfileSnapshots({ talosRole });
  const matrix: Record<string, Record<string, string[]>> = {};
  for (const evaluator of NODE_EVALUATORS) {
    const perProfile: Record<string, string[]> = {};
    for (const profile of PROFILES) {
      const { snapshot, platform } = profiles.get(profile)!;
      const results = evaluator.evaluate({ snapshot, platform, credentials: [], now: FIXTURE_NOW });
      for (const result of results) {
        expect(result.checkId).toBe(evaluator.check.id);
        expect(result.subject.kind, `${evaluator.check.id} on ${profile}`).toBe("node");
        expect(result.evidence.length, `${evaluator.check.id} on ${profile}: evidence`).toBeGreaterThan(0);
      }
      perProfile[profile] = results.map((result) => result.status);
    }
    matrix[evaluator.check.id] = perProfile;
  }
  return matrix;
}

function expectedMatrix(nodeCounts: Record<PlatformProfile, number>) {
  return Object.fromEntries(
    Object.entries(EXPECTED).map(([checkId, perProfile]) => [
      checkId,
      Object.fromEntries(
        PROFILES.map((profile) => [profile, Array<string>(nodeCounts[profile]).fill(perProfile[profile])]),
      ),
    ]),
  );
}

// Managed clusters show only their workers (the simulator's managed profile has 2 nodes).
const NODE_COUNTS: Record<PlatformProfile, number> = {
  "talos-hardened": 3,
  "talos-default": 3,
  "talos-drifted": 3,
  "kubeadm-default": 3,
  "kubeadm-hardened": 3,
  managed: 2,
};

describe("node checks on every simulated profile", () => {
  it("give the documented status on every node", async () => {
    expect(await evaluateMatrix("os:reader")).toEqual(expectedMatrix(NODE_COUNTS));
  }, 60_000);

  it("need nothing beyond os:reader: an os:admin credential changes no verdict", async () => {
    expect(await evaluateMatrix("os:admin")).toEqual(expectedMatrix(NODE_COUNTS));
  }, 60_000);
});
