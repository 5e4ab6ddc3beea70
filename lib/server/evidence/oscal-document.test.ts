import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/catalog/catalog";
import type { EvidenceScope } from "@/lib/shared/evidence-pack-view";
import { classifyPeriod } from "./classify-period";
import { oscalBackMatter, oscalClusterResult, oscalControlId, oscalHead } from "./oscal-document";
import { oscalStructureProblems } from "./oscal-structure";
import { uuidV5 } from "./uuid-v5";

const scope: EvidenceScope = {
  frameworks: ["nist-800-53", "iso-27001", "nis2"],
  clusterIds: null,
  environment: null,
  site: null,
  label: null,
  from: "2026-01-01T00:00:00.000Z",
  to: "2026-02-01T00:00:00.000Z",
};

function buildDocument() {
  const frameworks = CATALOG.frameworks.filter((framework) => scope.frameworks.includes(framework.id));
  const states = [
    {
      checkId: "seed.pod-security",
      status: "FAIL" as const,
      since: new Date("2025-12-01T00:00:00Z"),
      until: null,
      snapshotHash: "a".repeat(64),
    },
  ];
  const periods = classifyPeriod({
    catalog: CATALOG,
    frameworks,
    states,
    from: new Date(scope.from!),
    to: new Date(scope.to),
  });
  const result = oscalClusterResult({
    scope,
    cluster: { id: "c1", name: "edge-01", environment: "edge", platform: "talos" },
    frameworks,
    periods,
    states,
    checkTitles: new Map(CATALOG.checks.map((check) => [check.id, check.title])),
  });
  return {
    "assessment-results": {
      ...oscalHead({ scope, lotseVersion: "0.1.0", catalogVersion: "1.0.0" }),
      results: [result],
      "back-matter": oscalBackMatter(scope),
    },
  };
}

describe("OSCAL assessment-results", () => {
  it("has every required field of the model, findings tied to control ids and observations", () => {
    const document = buildDocument();
    expect(oscalStructureProblems(document)).toEqual([]);
    const [result] = document["assessment-results"].results;
    expect(result!.observations).toHaveLength(1);
    const failing = result!.findings.filter((finding) => finding.target.status.state === "not-satisfied");
    expect(failing.length).toBeGreaterThan(0);
    expect(
      failing.some(
        (finding) => finding["related-observations"]?.[0]?.["observation-uuid"] === result!.observations[0]!.uuid,
      ),
    ).toBe(true);
  });

  it("is the same document for the same input (name-based UUIDs)", () => {
    expect(JSON.stringify(buildDocument())).toBe(JSON.stringify(buildDocument()));
    expect(uuidV5("x")).toBe(uuidV5("x"));
    expect(uuidV5("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("reports missing required fields", () => {
    const document = buildDocument() as unknown as { "assessment-results": Record<string, unknown> };
    delete document["assessment-results"]["import-ap"];
    (document["assessment-results"].metadata as Record<string, unknown>)["oscal-version"] = undefined;
    expect(oscalStructureProblems(document)).toEqual(
      expect.arrayContaining(["import-ap.href: missing", "metadata.oscal-version: missing"]),
    );
    expect(oscalStructureProblems({})).toEqual(["assessment-results: missing"]);
  });

  describe("rejects what §5.3 does not allow in an observation", () => {
    const at = "results[0].observations[0]";
    const problemsWith = (change: (observation: Record<string, unknown>) => void) => {
      const document = buildDocument();
      change(document["assessment-results"].results[0]!.observations[0] as unknown as Record<string, unknown>);
      return oscalStructureProblems(document);
    };

    it("the deprecated type `finding`", () => {
      expect(problemsWith((observation) => (observation.types = ["finding"]))).toEqual([
        `${at}.types: one of ssp-statement-issue, control-objective, mitigation, historic, discovery`,
      ]);
    });

    it("an origin actor of an unknown type or without a UUID, and an origin without actors", () => {
      expect(
        problemsWith((observation) => (observation.origins = [{ actors: [{ type: "scanner", "actor-uuid": "x" }] }])),
      ).toEqual([
        `${at}.origins.actors.type: one of tool, assessment-platform, party`,
        `${at}.origins.actors.actor-uuid: not a UUID`,
      ]);
      expect(problemsWith((observation) => (observation.origins = [{ actors: [] }]))).toEqual([
        `${at}.origins: 1..n actors are required`,
      ]);
    });

    it("a subject of an unknown type or without a UUID", () => {
      expect(
        problemsWith((observation) => (observation.subjects = [{ "subject-uuid": "edge-01", type: "cluster" }])),
      ).toEqual([
        `${at}.subjects.subject-uuid: not a UUID`,
        `${at}.subjects.type: one of component, inventory-item, location, party, user, resource`,
      ]);
    });
  });

  it("derives OSCAL control tokens", () => {
    expect(oscalControlId("nist-800-53", "AC-6(9)")).toBe("ac-6.9");
    expect(oscalControlId("iso-27001", "A.8.9")).toBe("iso-27001_a.8.9");
    expect(oscalControlId("nis2", "Art. 21(2)(d)")).toBe("nis2_art.21.2.d");
    expect(oscalControlId("cis-k8s", "1.2.1")).toBe("cis-k8s_1.2.1");
  });
});
