import { describe, expect, it } from "vitest";
import { readRbacUrlState, toRbacFilters, writeRbacUrlState } from "./rbac-url-state";

describe("RBAC URL state", () => {
  it("round-trips filters and focus through the search string", () => {
    const state = { namespace: "team-a", subject: "ci runner", risk: "anonymous" as const, focus: "binding|x" };
    const text = writeRbacUrlState(state);
    expect(text).toBe("?namespace=team-a&subject=ci+runner&risk=anonymous&focus=binding%7Cx");
    expect(readRbacUrlState(new URLSearchParams(text))).toEqual(state);
  });

  it("leaves empty values out and ignores an unknown risk instead of sending it", () => {
    expect(writeRbacUrlState({ namespace: "", subject: "  ", risk: "", focus: "" })).toBe("");
    const state = readRbacUrlState(new URLSearchParams("?risk=scary&subject=%20alice%20"));
    expect(state.risk).toBe("");
    expect(toRbacFilters(state)).toEqual({ namespace: null, subject: "alice", risk: null });
  });
});
