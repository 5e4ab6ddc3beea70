import { describe, expect, it } from "vitest";
import { NODE_CHECKS } from "@/lib/catalog/checks/node-checks";
import { NODE_EVALUATORS } from ".";

describe("node check registry", () => {
  it("has exactly one evaluator per node check, with the check's own definition", () => {
    expect(NODE_EVALUATORS.map((evaluator) => evaluator.check)).toEqual(NODE_CHECKS);
    expect(NODE_CHECKS.map((check) => check.id)).toEqual([
      "node.kspp-sysctls",
      "node.kernel-cmdline",
      "node.secure-boot",
      "node.selinux",
      "node.module-signing",
      "node.os-version-skew",
    ]);
  });

  it("defines node-scoped checks with evidence and a remediation for every platform", () => {
    for (const check of NODE_CHECKS) {
      expect(check, check.id).toMatchObject({ group: "node", scope: "node" });
      expect(check.evidence.length, check.id).toBeGreaterThan(0);
      expect(Object.keys(check.remediation).sort(), check.id).toEqual(["kubeadm", "managed", "talos"]);
    }
  });

  it("gives Talos remediations as a machine-config patch whose YAML starts at `machine:`", () => {
    for (const check of NODE_CHECKS) {
      const yaml = check.remediation.talos!.split("\n").filter((line) => !line.startsWith("#"));
      expect(yaml[0], check.id).toBe("machine:");
    }
  });
});
