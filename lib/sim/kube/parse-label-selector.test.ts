import { describe, expect, it } from "vitest";
import { matchesLabels, parseLabelSelector } from "./parse-label-selector";

function matches(selector: string, labels: Record<string, string>): boolean {
  const parsed = parseLabelSelector({ selector });
  if (!parsed.ok) throw new Error(parsed.message);
  return matchesLabels({ requirements: parsed.requirements, labels });
}

describe("parseLabelSelector", () => {
  const labels = { app: "web", tier: "frontend", "app.kubernetes.io/part-of": "shop", replicas: "3" };

  it.each([
    ["", true],
    ["app=web", true],
    ["app==web", true],
    ["app!=web", false],
    ["missing!=x", true],
    ["app in (web, api)", true],
    ["app notin (web,api)", false],
    ["missing notin (a)", true],
    ["tier", true],
    ["!tier", false],
    ["!missing", true],
    ["app=web,tier=backend", false],
    ["app.kubernetes.io/part-of=shop,app in (web)", true],
    ["replicas>2", true],
    ["replicas<3", false],
  ])("%s → %s", (selector, expected) => {
    expect(matches(selector, labels)).toBe(expected);
  });

  it.each(["app=", "app in web", "=web", "app=we b", "-bad=1"])("rejects malformed %j", (selector) => {
    const parsed = parseLabelSelector({ selector });
    if (selector === "app=") {
      // An empty value is valid: it selects objects whose label is set to "".
      expect(parsed.ok).toBe(true);
      return;
    }
    expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(/^unable to parse requirement: /) });
  });
});
