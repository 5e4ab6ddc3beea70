import { describe, expect, it } from "vitest";
import {
  readScopeForm,
  toggleChoice,
  toScopeInput,
  withDefaultPeriod,
  writeScopeForm,
  type EvidenceScopeForm,
} from "./evidence-scope-form";

const FRAMEWORKS = ["cis-k8s", "nist-800-53", "iso-27001", "soc2"];
const NOW = Date.parse("2026-12-03T10:00:00Z");
const CLUSTER_A = "0b0e7c1e-2f4a-4c53-9d4a-1f1f3b1e0a01";
const CLUSTER_B = "0b0e7c1e-2f4a-4c53-9d4a-1f1f3b1e0a02";

function form(overrides: Partial<EvidenceScopeForm>): EvidenceScopeForm {
  return {
    frameworks: ["iso-27001"],
    mode: "fleet",
    environment: "",
    site: "",
    label: "",
    clusterIds: [],
    period: "now",
    from: "",
    to: "",
    ...overrides,
  };
}

function errorsOf(value: EvidenceScopeForm) {
  const result = toScopeInput(value, NOW);
  return result.ok ? {} : result.errors;
}

describe("the form in the URL", () => {
  it("round-trips every mode and a period", () => {
    const cases = [
      form({}),
      form({ frameworks: ["iso-27001", "soc2"], mode: "environment", environment: "edge" }),
      form({ mode: "site", site: "north-pier" }),
      form({ mode: "label", label: "tier=gold" }),
      form({ mode: "clusters", clusterIds: [CLUSTER_A, CLUSTER_B], period: "range", from: "2026-01-01", to: "" }),
    ];
    for (const value of cases) {
      expect(readScopeForm(new URLSearchParams(writeScopeForm(value)), FRAMEWORKS)).toEqual(value);
    }
  });

  it("writes a plain URL for the default and keeps only the chosen mode's value", () => {
    expect(writeScopeForm(form({ frameworks: [] }))).toBe("");
    expect(writeScopeForm(form({ mode: "site", site: "lab", environment: "edge" }))).toBe(
      "frameworks=iso-27001&by=site&site=lab",
    );
  });

  it("drops unknown frameworks and modes, keeping catalog order", () => {
    const read = readScopeForm(new URLSearchParams("frameworks=soc2,bogus,cis-k8s&by=everything"), FRAMEWORKS);
    expect(read.frameworks).toEqual(["cis-k8s", "soc2"]);
    expect(read.mode).toBe("fleet");
  });

  it("starts a new period with the last 90 days up to today, keeping chosen dates", () => {
    expect(withDefaultPeriod(form({}), NOW)).toMatchObject({ period: "range", from: "2026-09-05", to: "2026-12-03" });
    expect(withDefaultPeriod(form({ from: "2026-10-01" }), NOW).from).toBe("2026-10-01");
  });
});

describe("toggleChoice", () => {
  it("keeps the options' order whatever the click order, without duplicates", () => {
    expect(toggleChoice(["soc2"], "cis-k8s", true, FRAMEWORKS)).toEqual(["cis-k8s", "soc2"]);
    expect(toggleChoice(["cis-k8s", "soc2"], "soc2", true, FRAMEWORKS)).toEqual(["cis-k8s", "soc2"]);
    expect(toggleChoice(["cis-k8s", "soc2"], "cis-k8s", false, FRAMEWORKS)).toEqual(["soc2"]);
  });
});

describe("toScopeInput", () => {
  it("sends only the frameworks for the whole fleet now", () => {
    expect(toScopeInput(form({}), NOW)).toEqual({ ok: true, scope: { frameworks: ["iso-27001"] } });
  });

  it("turns days into the start of the first and the end of the last day in UTC", () => {
    const result = toScopeInput(
      form({ mode: "environment", environment: "edge", period: "range", from: "2026-01-01", to: "2026-03-31" }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      scope: {
        frameworks: ["iso-27001"],
        environment: "edge",
        from: "2026-01-01T00:00:00Z",
        to: "2026-03-31T23:59:59Z",
      },
    });
  });

  it("leaves `to` out when the period ends today, so the pack reports the latest state", () => {
    const result = toScopeInput(form({ period: "range", from: "2026-11-01", to: "2026-12-03" }), NOW);
    expect(result).toEqual({ ok: true, scope: { frameworks: ["iso-27001"], from: "2026-11-01T00:00:00Z" } });
  });

  it("names what is missing for each mode", () => {
    expect(errorsOf(form({ frameworks: [] }))).toEqual({ frameworks: "Choose at least one framework." });
    expect(errorsOf(form({ mode: "environment" }))).toEqual({ environment: "Choose an environment." });
    expect(errorsOf(form({ mode: "site" }))).toEqual({ site: "Choose a site." });
    expect(errorsOf(form({ mode: "label" }))).toEqual({ label: "Choose a label." });
    expect(errorsOf(form({ mode: "clusters" }))).toEqual({ clusterIds: "Choose at least one cluster." });
  });

  it("explains what is wrong with a period", () => {
    expect(errorsOf(form({ period: "range" }))).toEqual({ from: "Choose the first day of the period." });
    expect(errorsOf(form({ period: "range", from: "2026-02-30" }))).toEqual({ from: "Enter the day as YYYY-MM-DD." });
    expect(errorsOf(form({ period: "range", from: "2026-12-04" }))).toEqual({
      from: "The period cannot start in the future.",
    });
    expect(errorsOf(form({ period: "range", from: "2026-11-01", to: "2027-01-01" }))).toEqual({
      to: "The period cannot end in the future.",
    });
    expect(errorsOf(form({ period: "range", from: "2026-11-02", to: "2026-11-01" }))).toEqual({
      to: "The period must end on or after its first day.",
    });
    expect(errorsOf(form({ period: "range", from: "2025-01-01", to: "2026-06-30" }))).toEqual({
      from: "A pack covers at most 400 days; choose a later first day.",
    });
  });

  it("accepts a single-day period and one of exactly 400 days", () => {
    expect(toScopeInput(form({ period: "range", from: "2026-11-01", to: "2026-11-01" }), NOW).ok).toBe(true);
    expect(toScopeInput(form({ period: "range", from: "2025-10-28", to: "2026-12-01" }), NOW).ok).toBe(true);
  });

  it("reports what the shared schema still refuses on its field", () => {
    expect(errorsOf(form({ mode: "clusters", clusterIds: ["not-a-uuid"] }))).toEqual({
      clusterIds: "Not a valid cluster id.",
    });
    expect(errorsOf(form({ mode: "label", label: "tier" }))).toEqual({ label: "Use key=value." });
  });
});
