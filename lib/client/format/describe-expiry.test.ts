import { describe, expect, it } from "vitest";
import { describeExpiry } from "./describe-expiry";

const NOW = Date.parse("2026-06-01T12:00:00Z");
const inDays = (days: number) => new Date(NOW + days * 86_400_000).toISOString();

describe("describeExpiry", () => {
  it("says plainly that a certificate has expired (danger)", () => {
    expect(describeExpiry({ notAfter: inDays(-3), now: NOW })).toEqual({
      tone: "danger",
      days: -3,
      label: "Expired 3 days ago",
    });
    expect(describeExpiry({ notAfter: inDays(-0.5), now: NOW }).label).toBe("Expired today");
  });

  it("warns within 30 days, with the count in words", () => {
    expect(describeExpiry({ notAfter: inDays(30), now: NOW })).toEqual({
      tone: "warning",
      days: 30,
      label: "Expires in 30 days",
    });
    expect(describeExpiry({ notAfter: inDays(1.2), now: NOW }).label).toBe("Expires in 1 day");
  });

  it("is calm beyond 30 days", () => {
    expect(describeExpiry({ notAfter: inDays(31), now: NOW }).tone).toBe("ok");
  });
});
