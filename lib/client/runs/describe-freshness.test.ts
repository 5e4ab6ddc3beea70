import { describe, expect, it } from "vitest";
import { describeFreshness } from "./describe-freshness";
import { formatAge } from "./format-age";

const NOW = Date.parse("2026-06-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;

describe("describeFreshness", () => {
  it("says fresh with the age of the last success", () => {
    expect(
      describeFreshness({ collection: { freshness: "fresh", lastSuccessAt: ago(12 * MINUTE) }, now: NOW }),
    ).toEqual({ tone: "fresh", word: "Fresh", detail: "12 min ago", label: "Fresh — 12 min ago" });
  });

  it("words STALE with when it last succeeded, never as good news", () => {
    const stale = describeFreshness({
      collection: { freshness: "stale", lastSuccessAt: ago(3 * 24 * 60 * MINUTE + 5 * MINUTE) },
      now: NOW,
    });
    expect(stale).toMatchObject({ tone: "stale", word: "Stale", label: "Stale — last success 3 d ago" });
    expect(stale.label).not.toMatch(/fresh/i);
  });

  it("tells a stale cluster that never succeeded from one that is merely new", () => {
    expect(describeFreshness({ collection: { freshness: "stale", lastSuccessAt: null }, now: NOW })).toMatchObject({
      tone: "stale",
      label: "Stale — never succeeded",
    });
    expect(describeFreshness({ collection: { freshness: "never", lastSuccessAt: null }, now: NOW })).toEqual({
      tone: "never",
      word: "Never collected",
      detail: null,
      label: "Never collected",
    });
  });
});

describe("formatAge", () => {
  it("steps from minutes to hours to days, rounding down", () => {
    expect(formatAge({ at: ago(30_000), now: NOW })).toBe("just now");
    expect(formatAge({ at: ago(59 * MINUTE), now: NOW })).toBe("59 min ago");
    expect(formatAge({ at: ago(60 * MINUTE), now: NOW })).toBe("1 h ago");
    expect(formatAge({ at: ago(47 * 60 * MINUTE), now: NOW })).toBe("1 d ago");
  });

  it("reads a time slightly in the future (clock skew) as just now", () => {
    expect(formatAge({ at: ago(-5_000), now: NOW })).toBe("just now");
  });
});
