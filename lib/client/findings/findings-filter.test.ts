import { describe, expect, it } from "vitest";
import {
  isFiltered,
  NO_FINDINGS_FILTER,
  parseFindingsFilter,
  toFindingsQuery,
  toggleStatus,
  withFindingsFilter,
} from "./findings-filter";

describe("findings filter in the URL", () => {
  it("reads framework, statuses, check and namespace; drops unknown statuses and orders by severity", () => {
    const filter = parseFindingsFilter(
      new URLSearchParams("framework=nist-800-53&status=pass,fail,maybe&check=seed.pod-security&namespace=payments"),
    );
    expect(filter).toEqual({
      framework: "nist-800-53",
      statuses: ["FAIL", "PASS"],
      check: "seed.pod-security",
      namespace: "payments",
    });
    expect(parseFindingsFilter(new URLSearchParams(""))).toEqual(NO_FINDINGS_FILTER);
  });

  it("round-trips through the URL and keeps parameters that are not filters", () => {
    const filter = { framework: "gdpr", statuses: ["FAIL", "UNKNOWN"] as const, check: null, namespace: "web" };
    const url = withFindingsFilter(new URLSearchParams("tab=x&check=old"), {
      ...filter,
      statuses: [...filter.statuses],
    });
    expect(url.toString()).toBe("tab=x&framework=gdpr&status=FAIL%2CUNKNOWN&namespace=web");
    expect(parseFindingsFilter(url)).toEqual({ ...filter, statuses: ["FAIL", "UNKNOWN"] });
  });

  it("sends only the set filters to the API", () => {
    expect(toFindingsQuery(NO_FINDINGS_FILTER)).toEqual({
      framework: undefined,
      status: undefined,
      check: undefined,
      namespace: undefined,
    });
    expect(toFindingsQuery({ ...NO_FINDINGS_FILTER, statuses: ["WAIVED"] }).status).toBe("WAIVED");
  });

  it("toggles a status in and out, in severity order", () => {
    const once = toggleStatus({ ...NO_FINDINGS_FILTER, statuses: ["PASS"] }, "FAIL");
    expect(once.statuses).toEqual(["FAIL", "PASS"]);
    expect(toggleStatus(once, "PASS").statuses).toEqual(["FAIL"]);
    expect(isFiltered(NO_FINDINGS_FILTER)).toBe(false);
    expect(isFiltered(once)).toBe(true);
  });
});
