import { describe, expect, it } from "vitest";
import type { CheckResult } from "./evaluator-types";
import { applyWaivers, type ActiveWaiver } from "./apply-waivers";

const now = new Date("2026-11-23T12:00:00Z");
const fail = (subject: CheckResult["subject"], checkId = "seed.network-policies"): CheckResult => ({
  checkId,
  subject,
  status: "FAIL",
  message: "no default-deny policy",
  evidence: [],
});
const waiver = (overrides: Partial<ActiveWaiver>): ActiveWaiver => ({
  id: "w1",
  checkId: "seed.network-policies",
  clusterId: "c1",
  namespace: null,
  node: null,
  expiresAt: new Date("2027-01-01T00:00:00Z"),
  revokedAt: null,
  ...overrides,
});

describe("applyWaivers", () => {
  it("turns a covered FAIL into WAIVED and names the waiver", () => {
    const [applied] = applyWaivers({
      results: [fail({ kind: "namespace", name: "shop" })],
      waivers: [waiver({})],
      clusterId: "c1",
      now,
    });
    expect(applied).toMatchObject({ status: "WAIVED", waiverId: "w1", result: { status: "FAIL" } });
  });

  it("does not apply once expired or revoked, nor to another check, cluster, namespace or node", () => {
    const cases: [CheckResult, ActiveWaiver][] = [
      [fail({ kind: "cluster" }), waiver({ expiresAt: new Date("2026-11-23T11:59:59Z") })],
      [fail({ kind: "cluster" }), waiver({ revokedAt: new Date("2026-11-20T00:00:00Z") })],
      [fail({ kind: "cluster" }, "seed.pod-security"), waiver({})],
      [fail({ kind: "cluster" }), waiver({ clusterId: "c2" })],
      [fail({ kind: "namespace", name: "shop" }), waiver({ namespace: "billing" })],
      [fail({ kind: "cluster" }), waiver({ namespace: "billing" })],
      [fail({ kind: "node", name: "w-01" }), waiver({ node: "w-02" })],
    ];
    for (const [result, candidate] of cases) {
      expect(applyWaivers({ results: [result], waivers: [candidate], clusterId: "c1", now })[0]).toMatchObject({
        status: "FAIL",
        waiverId: null,
      });
    }
  });

  it("covers every cluster when the waiver names none, objects by their namespace, and nodes by name", () => {
    const results = [
      fail({ kind: "object", apiKind: "Pod", namespace: "shop", name: "web-1" }, "seed.immutability"),
      fail({ kind: "node", name: "w-02" }, "node.secure-boot"),
    ];
    const applied = applyWaivers({
      results,
      waivers: [
        waiver({ id: "a", checkId: "seed.immutability", clusterId: null, namespace: "shop" }),
        waiver({ id: "b", checkId: "node.secure-boot", node: "w-02" }),
      ],
      clusterId: "c1",
      now,
    });
    expect(applied.map((entry) => entry.waiverId)).toEqual(["a", "b"]);
  });

  it("never waives what is not a FAIL", () => {
    const unknown: CheckResult = { ...fail({ kind: "cluster" }), status: "UNKNOWN" };
    expect(applyWaivers({ results: [unknown], waivers: [waiver({})], clusterId: "c1", now })[0]?.status).toBe(
      "UNKNOWN",
    );
  });
});
