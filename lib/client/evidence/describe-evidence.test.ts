import { describe, expect, it } from "vitest";
import type { EvidenceScope } from "@/lib/shared/evidence-pack-view";
import {
  describeClusterSelection,
  describePackStatus,
  describePeriod,
  describePreview,
  describeScope,
  shortHash,
  summarizePreview,
} from "./describe-evidence";

const NAMES = {
  frameworks: new Map([
    ["iso-27001", "ISO/IEC 27001 Annex A"],
    ["soc2", "SOC 2 Trust Services Criteria"],
  ]),
  clusters: new Map([
    ["a", "edge-01"],
    ["b", "core-01"],
    ["c", "cloud-01"],
    ["d", "legacy-01"],
  ]),
};

function scope(overrides: Partial<EvidenceScope>): EvidenceScope {
  return {
    frameworks: ["iso-27001"],
    clusterIds: null,
    environment: null,
    site: null,
    label: null,
    from: null,
    to: "2026-12-03T14:05:09.000Z",
    ...overrides,
  };
}

describe("describeScope", () => {
  it("reads a point-in-time pack over the whole fleet", () => {
    expect(describeScope(scope({}), NAMES)).toBe("ISO/IEC 27001 Annex A · whole fleet · as of 3 Dec 2026, 14:05 UTC");
  });

  it("reads a period with several frameworks and filters", () => {
    expect(
      describeScope(
        scope({
          frameworks: ["iso-27001", "soc2"],
          environment: "on-prem",
          label: "tier=gold",
          from: "2026-01-01T00:00:00Z",
          to: "2026-03-31T23:59:59Z",
        }),
        NAMES,
      ),
    ).toBe(
      "ISO/IEC 27001 Annex A, SOC 2 Trust Services Criteria · environment On-prem · label tier=gold · 1 Jan 2026 – 31 Mar 2026",
    );
  });

  it("falls back to the id of a framework it does not know", () => {
    expect(describeScope(scope({ frameworks: ["gdpr"] }), NAMES)).toMatch(/^gdpr · /);
  });
});

describe("describeClusterSelection", () => {
  it("names up to three clusters alphabetically, then counts the rest", () => {
    expect(describeClusterSelection(scope({ clusterIds: ["a"] }), NAMES.clusters)).toBe("1 cluster: edge-01");
    expect(describeClusterSelection(scope({ clusterIds: ["a", "b", "c", "d", "x"] }), NAMES.clusters)).toBe(
      "5 clusters: a deleted cluster, cloud-01, core-01 and 2 more",
    );
  });

  it("reads a site", () => {
    expect(describeClusterSelection(scope({ site: "north-pier" }), NAMES.clusters)).toBe("site north-pier");
  });
});

describe("describePeriod", () => {
  it("prints UTC days for a period", () => {
    expect(describePeriod({ from: "2026-11-30T23:30:00Z", to: "2026-12-01T00:30:00Z" })).toBe(
      "30 Nov 2026 – 1 Dec 2026",
    );
  });
});

describe("describePackStatus", () => {
  it("says what happens in each state, with the reason of a failure", () => {
    const base = { error: null };
    expect(describePackStatus({ ...base, status: "queued" })).toMatchObject({ label: "Queued", tone: "info" });
    expect(describePackStatus({ ...base, status: "building" }).sentence).toMatch(/signing the manifest/);
    expect(describePackStatus({ ...base, status: "ready" })).toMatchObject({
      label: "Ready",
      tone: "ok",
    });
    expect(describePackStatus({ ...base, status: "failed", error: "no clusters in scope" })).toEqual({
      label: "Failed",
      tone: "danger",
      sentence: "The pack could not be built: no clusters in scope",
    });
    expect(describePackStatus({ ...base, status: "failed" }).sentence).toBe(
      "The pack could not be built: no reason was recorded.",
    );
  });
});

describe("shortHash", () => {
  it("keeps twelve hex digits", () => {
    expect(shortHash("3f9a0c1b2d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e")).toBe("3f9a0c1b2d4e…");
    expect(shortHash("abc")).toBe("abc");
  });
});

describe("preview", () => {
  const preview = { clusters: 30, frameworks: 1, controls: 93, findings: 12_345, waivers: 1 };

  it("labels each figure with singular and plural", () => {
    expect(describePreview(preview)).toEqual([
      { label: "clusters", value: "30" },
      { label: "framework", value: "1" },
      { label: "controls", value: "93" },
      { label: "findings", value: "12,345" },
      { label: "waiver in force", value: "1" },
    ]);
  });

  it("reads as one sentence", () => {
    expect(summarizePreview(preview)).toBe(
      "30 clusters · 1 framework · 93 controls · 12,345 findings · 1 waiver in force",
    );
  });
});
