import { beforeAll, describe, expect, it } from "vitest";
import { CIS_CHECKS } from "@/lib/catalog/checks/cis-checks";
import { runEvaluators } from "../../run-evaluators";
import { PROFILES } from "../../testing/profile-snapshots";
import { CIS_EVALUATORS } from ".";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "./testing/cis-fixtures";

describe("the CIS 1.10 catalog and its evaluators", () => {
  it("has the 130 checks of CIS 1.10, 70 of them Automated, with ids cis.<CIS id>", () => {
    expect(CIS_CHECKS).toHaveLength(130);
    expect(CIS_CHECKS.filter((check) => check.cis?.automated)).toHaveLength(70);
    for (const check of CIS_CHECKS) {
      expect(check.id).toBe(`cis.${check.cis?.id}`);
      expect(check.group).toBe("cis");
      expect(check.cis?.section).toMatch(/^\d(\.\d)? \S/);
      expect(check.rationale.length).toBeGreaterThan(20);
      expect(check.remediation.talos ?? check.remediation.kubernetes, check.id).toBeTruthy();
    }
    expect(new Set(CIS_CHECKS.map((check) => check.id)).size).toBe(130);
  });

  it("has exactly one evaluator per check, and no evaluator without a check", () => {
    const evaluated = CIS_EVALUATORS.map((evaluator) => evaluator.check.id);
    expect(new Set(evaluated).size).toBe(evaluated.length);
    expect([...evaluated].sort()).toEqual(CIS_CHECKS.map((check) => check.id).sort());
    for (const evaluator of CIS_EVALUATORS) {
      expect(CIS_CHECKS).toContain(evaluator.check);
    }
  });

  describe("on every profile", () => {
    beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

    it.each(
      PROFILES.flatMap((profile) => (["os:reader", "os:admin"] as const).map((role) => [profile, role] as const)),
    )(
      "%s (%s): no evaluator throws, every check answers, PASS always cites evidence, Manual never PASSes",
      async (profile, talosRole) => {
        const results = runEvaluators(await profileContext(profile, { talosRole }), CIS_EVALUATORS);
        expect(results.filter((result) => result.message.startsWith("The check could not be evaluated"))).toEqual([]);
        expect(new Set(results.map((result) => result.checkId)).size).toBe(130);
        for (const result of results) {
          if (result.status === "PASS") expect(result.evidence.length, result.checkId).toBeGreaterThan(0);
        }
        const manual = new Set(CIS_CHECKS.filter((check) => !check.cis?.automated).map((check) => check.id));
        expect(results.filter((result) => manual.has(result.checkId) && result.status === "PASS")).toEqual([]);
      },
    );
  });
});
