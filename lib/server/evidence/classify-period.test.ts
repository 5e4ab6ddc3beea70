import { describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/catalog/catalog-types";
import { classifyPeriod, type StateInterval } from "./classify-period";
import { staleRanges } from "./stale-ranges";

const catalog: Catalog = {
  version: "1.0.0",
  frameworks: [
    {
      id: "iso-27001",
      name: "ISO",
      version: "2022",
      controls: [
        { id: "A.8.9", title: "Config" },
        { id: "A.8.2", title: "Priv" },
      ],
    },
  ],
  checks: ["c.one", "c.two"].map((id) => ({
    id,
    group: "seed" as const,
    title: id,
    rationale: "r",
    severity: "high" as const,
    scope: "cluster" as const,
    evidence: ["e"],
    remediation: { kubernetes: "fix" },
  })),
  mappings: [
    { checkId: "c.one", frameworkId: "iso-27001", controlId: "A.8.9", provenance: "proposed", reason: "r" },
    { checkId: "c.two", frameworkId: "iso-27001", controlId: "A.8.2", provenance: "proposed", reason: "r" },
  ],
};
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const state = (
  checkId: string,
  status: StateInterval["status"],
  since: number,
  until: number | null,
): StateInterval => ({
  checkId,
  status,
  since: at(since),
  until: until === null ? null : at(until),
});
const classify = (states: StateInterval[], from: number | null, to: number) =>
  classifyPeriod({
    catalog,
    frameworks: catalog.frameworks,
    states,
    from: from === null ? null : at(from),
    to: at(to),
  })[0]!.controls;

describe("classifyPeriod", () => {
  it("reports held throughout, failed at some point (with when), and unknown for some time", () => {
    const controls = classify(
      [
        state("c.one", "PASS", 1, 5),
        state("c.one", "FAIL", 5, 7),
        state("c.one", "PASS", 7, null),
        state("c.two", "PASS", 3, null),
      ],
      2,
      10,
    );
    const [config, privilege] = controls;
    expect(config).toMatchObject({
      verdict: "failed",
      statusAtEnd: "PASS",
      firstFailedAt: at(5).toISOString(),
      failedMs: 2 * 86_400_000,
    });
    expect(config!.failedRanges).toEqual([{ from: at(5).toISOString(), to: at(7).toISOString() }]);
    // No evidence on day 2 (first state on day 3): unknown for that day, never failed.
    expect(privilege).toMatchObject({
      verdict: "unknown",
      statusAtEnd: "PASS",
      unknownMs: 86_400_000,
      firstFailedAt: null,
    });
  });

  it("calls a control held only when it passed at every instant", () => {
    const [config] = classify(
      [state("c.one", "PASS", 1, 4), state("c.one", "PASS", 4, null), state("c.two", "PASS", 1, null)],
      2,
      10,
    );
    expect(config!.verdict).toBe("held");
  });

  it("classifies a point in time by the states in force then", () => {
    const [config, privilege] = classify([state("c.one", "FAIL", 1, 5), state("c.one", "PASS", 5, null)], null, 6);
    expect(config).toMatchObject({ verdict: "held", statusAtEnd: "PASS" });
    expect(privilege).toMatchObject({ verdict: "unknown", statusAtEnd: "UNKNOWN" });
  });
});

describe("staleRanges", () => {
  it("finds gaps longer than the limit between successful collections, clipped to the period", () => {
    const ranges = staleRanges({
      successes: [at(1), at(2), at(6)],
      createdAt: at(1),
      limitMs: 86_400_000,
      from: at(2),
      to: at(9),
    });
    expect(ranges).toEqual([
      { from: at(3).toISOString(), to: at(6).toISOString() },
      { from: at(7).toISOString(), to: at(9).toISOString() },
    ]);
    expect(staleRanges({ successes: [at(5)], createdAt: at(1), limitMs: 86_400_000, from: null, to: at(5) })).toEqual(
      [],
    );
    expect(staleRanges({ successes: [at(1)], createdAt: at(1), limitMs: 86_400_000, from: null, to: at(5) })).toEqual([
      { from: at(5).toISOString(), to: at(5).toISOString() },
    ]);
  });
});
