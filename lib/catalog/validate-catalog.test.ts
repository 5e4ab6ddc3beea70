import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Catalog, CheckDefinition, Mapping } from "./catalog-types";
import { assertValidCatalog, unassessedControls, validateCatalog } from "./validate-catalog";

const CHECK: CheckDefinition = {
  id: "seed.pod-security",
  group: "seed",
  title: "Pod Security Admission is enforced",
  rationale: "Why it matters.",
  severity: "high",
  scope: "namespace",
  evidence: ["Namespace labels"],
  remediation: { kubernetes: "Label the namespace." },
};

const CIS_CHECK: CheckDefinition = {
  ...CHECK,
  id: "cis.5.2.2",
  group: "cis",
  cis: { id: "5.2.2", automated: false, section: "5.2" },
};

function valid(): Catalog {
  return {
    version: "1.0.0",
    frameworks: [
      {
        id: "cis-k8s",
        name: "CIS",
        version: "1.10",
        controls: [
          { id: "5.2.2", title: "Privileged containers" },
          { id: "5.2.3", title: "Host PID" },
        ],
      },
      { id: "iso-27001", name: "ISO", version: "2022", controls: [{ id: "A.8.9", title: "Configuration management" }] },
    ],
    checks: [CHECK, CIS_CHECK],
    mappings: [
      { checkId: "seed.pod-security", frameworkId: "iso-27001", controlId: "A.8.9", provenance: "seed-talk" },
      { checkId: "cis.5.2.2", frameworkId: "cis-k8s", controlId: "5.2.2", provenance: "benchmark" },
    ],
  };
}

function withMapping(mapping: Partial<Mapping>): Catalog {
  const catalog = valid();
  const first = catalog.mappings[0];
  if (first) catalog.mappings.push({ ...first, ...mapping });
  return catalog;
}

describe("validateCatalog", () => {
  it("accepts a valid catalog, with CIS controls that no check assesses yet", () => {
    expect(validateCatalog(valid())).toEqual([]);
    expect(unassessedControls(valid())).toEqual([{ frameworkId: "cis-k8s", controlId: "5.2.3" }]);
  });

  it.each<[string, (catalog: Catalog) => void, string]>([
    ["a non-semver version", (c) => (c.version = "1.0"), 'catalog version "1.0" is not semver'],
    ["a duplicate check", (c) => c.checks.push(CHECK), "check seed.pod-security is defined twice"],
    [
      "a duplicate control",
      (c) => c.frameworks[1]?.controls.push({ id: "A.8.9", title: "x" }),
      "control A.8.9 is listed twice",
    ],
    ["a duplicate framework", (c) => c.frameworks.push({ ...c.frameworks[1]! }), "framework iso-27001 is listed twice"],
    [
      "an ISO 2013 id",
      (c) => c.frameworks[1]?.controls.push({ id: "A.9.4.1", title: "x" }),
      '"A.9.4.1" is not an id of iso-27001',
    ],
    [
      "an ISO id beyond 2022",
      (c) => c.frameworks[1]?.controls.push({ id: "A.8.35", title: "x" }),
      "A.8.35 does not exist",
    ],
    [
      "a control without title",
      (c) => c.frameworks[1]?.controls.push({ id: "A.8.1", title: " " }),
      "A.8.1 has no title",
    ],
    ["an empty rationale", (c) => (c.checks[0] = { ...CHECK, rationale: "" }), "rationale is empty"],
    ["no evidence", (c) => (c.checks[0] = { ...CHECK, evidence: [] }), "evidence must name"],
    ["no remediation", (c) => (c.checks[0] = { ...CHECK, remediation: { talos: "" } }), "remediation is missing"],
    [
      "an id outside its group",
      (c) => (c.checks[0] = { ...CHECK, group: "node" }),
      'must start with its group ("node.")',
    ],
    ["a CIS check without CIS facts", (c) => (c.checks[1] = { ...CIS_CHECK, cis: undefined }), "needs its cis facts"],
    ["a CIS id mismatch", (c) => (c.checks[1] = { ...CIS_CHECK, id: "cis.5.2.3" }), 'cis.id "5.2.2" does not match'],
  ])("reports %s", (_, breakIt, expected) => {
    const catalog = valid();
    breakIt(catalog);
    expect(validateCatalog(catalog).join("\n")).toContain(expected);
  });

  it.each<[string, Partial<Mapping>, string]>([
    ["an unknown check", { checkId: "seed.nope" }, "no check seed.nope is defined"],
    ["an unknown control", { controlId: "A.8.1" }, "iso-27001 has no control A.8.1"],
    ["a corrected mapping without reason", { controlId: "A.8.9", provenance: "corrected" }, "needs a reason"],
    ["a proposed mapping without reason", { provenance: "proposed", reason: " " }, "needs a reason"],
    ["a duplicate mapping", {}, "seed.pod-security → iso-27001 A.8.9 is listed twice"],
    [
      "a benchmark mapping of a non-CIS check",
      { provenance: "benchmark", frameworkId: "cis-k8s", controlId: "5.2.2" },
      '"benchmark" is only for a CIS check mapped to its own CIS control',
    ],
    [
      "a benchmark mapping to another CIS control",
      { provenance: "benchmark", checkId: "cis.5.2.2", frameworkId: "cis-k8s", controlId: "5.2.3" },
      '"benchmark" is only for a CIS check mapped to its own CIS control',
    ],
  ])("reports a mapping to %s", (_, mapping, expected) => {
    expect(validateCatalog(withMapping(mapping)).join("\n")).toContain(expected);
  });

  it("reports a non-CIS control that no mapping references", () => {
    const catalog = valid();
    catalog.frameworks[1]?.controls.push({ id: "A.8.1", title: "User end point devices" });
    expect(validateCatalog(catalog)).toEqual([
      "control iso-27001 A.8.1 is not referenced by any mapping (list only controls a check maps to)",
    ]);
  });
});

describe("assertValidCatalog", () => {
  it("passes a valid catalog", () => {
    expect(() => assertValidCatalog(valid())).not.toThrow();
  });

  it("throws one error that lists every problem", () => {
    const catalog = withMapping({ checkId: "seed.nope", controlId: "A.8.2" });
    expect(() => assertValidCatalog(catalog)).toThrow(
      [
        "Control catalog 1.0.0 is invalid (2 problems):",
        "  - mapping seed.nope → iso-27001 A.8.2: no check seed.nope is defined",
        "  - mapping seed.nope → iso-27001 A.8.2: iso-27001 has no control A.8.2",
      ].join("\n"),
    );
  });
});

describe("the web server's start-up hook (instrumentation.ts)", () => {
  // Fresh modules per test: the hook must load the catalog that the test provides.
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.doUnmock("./catalog");
    vi.unstubAllEnvs();
  });

  it("refuses to start the Node.js server with an invalid catalog, naming every problem", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.doMock("./catalog", () => ({ CATALOG: withMapping({ checkId: "seed.nope" }) }));
    const { register } = await import("@/instrumentation");
    await expect(register()).rejects.toThrow(
      "Control catalog 1.0.0 is invalid (1 problem):\n  - mapping seed.nope → iso-27001 A.8.9: no check seed.nope is defined",
    );
  });

  it("starts with the catalog Lotse ships", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const { register } = await import("@/instrumentation");
    await expect(register()).resolves.toBeUndefined();
  });
});
