import { describe, expect, it } from "vitest";
import type { WaiverView } from "@/lib/shared/waiver-view";
import {
  countByState,
  dateInputValue,
  daysLeft,
  describeWaiverScope,
  expiryFromDateInput,
  parseWaiverFilter,
  selectWaivers,
} from "./describe-waivers";

const NOW = Date.parse("2026-12-01T12:00:00Z");

function waiver(overrides: Partial<WaiverView>): WaiverView {
  return {
    id: "w",
    checkId: "seed.pod-security",
    checkTitle: "Pod Security Admission enforced",
    clusterId: null,
    clusterName: null,
    namespace: null,
    node: null,
    justification: "legacy workload until migration",
    approvedBy: "lead@example.test",
    approverRole: "engineer",
    createdAt: "2026-11-01T00:00:00.000Z",
    expiresAt: "2027-01-01T00:00:00.000Z",
    revokedAt: null,
    revokedBy: null,
    state: "active",
    ...overrides,
  };
}

describe("describeWaiverScope", () => {
  it("names all clusters, one cluster, and its namespace or node", () => {
    expect(describeWaiverScope(waiver({}))).toBe("All clusters");
    expect(describeWaiverScope(waiver({ clusterId: "c", clusterName: "north-pier-01", namespace: "payments" }))).toBe(
      "north-pier-01 · namespace payments",
    );
    expect(describeWaiverScope(waiver({ clusterId: "c", clusterName: null, node: "cp-01" }))).toBe(
      "a deleted cluster · node cp-01",
    );
  });
});

describe("selectWaivers", () => {
  const register = [
    waiver({ id: "late", expiresAt: "2027-06-01T00:00:00.000Z", createdAt: "2026-11-03T00:00:00.000Z" }),
    waiver({ id: "soon", expiresAt: "2026-12-20T00:00:00.000Z", createdAt: "2026-11-02T00:00:00.000Z" }),
    waiver({ id: "gone", state: "revoked", createdAt: "2026-11-04T00:00:00.000Z" }),
    waiver({ id: "old", state: "expired", createdAt: "2026-10-01T00:00:00.000Z" }),
  ];

  it("shows waivers in force soonest expiry first", () => {
    expect(selectWaivers(register, "active").map((item) => item.id)).toEqual(["soon", "late"]);
  });

  it("shows every waiver newest first under all", () => {
    expect(selectWaivers(register, "all").map((item) => item.id)).toEqual(["gone", "late", "soon", "old"]);
  });

  it("counts per state", () => {
    expect(countByState(register)).toEqual({ active: 2, expired: 1, revoked: 1, all: 4 });
  });
});

describe("daysLeft", () => {
  it("rounds up for waivers in force and is null otherwise", () => {
    expect(daysLeft(waiver({ expiresAt: "2026-12-02T00:00:00Z" }), NOW)).toBe(1);
    expect(daysLeft(waiver({ state: "expired" }), NOW)).toBeNull();
  });
});

describe("date input", () => {
  it("turns a day into the end of that day in UTC and refuses anything else", () => {
    expect(expiryFromDateInput("2027-03-31")).toBe("2027-03-31T23:59:59.000Z");
    expect(expiryFromDateInput("31.03.2027")).toBeNull();
    expect(expiryFromDateInput("2027-02-30")).toBeNull();
  });

  it("offsets today in UTC", () => {
    expect(dateInputValue(NOW, 90)).toBe("2027-03-01");
  });

  it("falls back to waivers in force for an unknown filter", () => {
    expect(parseWaiverFilter("bogus")).toBe("active");
    expect(parseWaiverFilter("revoked")).toBe("revoked");
  });
});
