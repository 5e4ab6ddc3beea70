import { describe, expect, it } from "vitest";
import { isScrapeSecret } from "./is-scrape-secret";

const secret = "s3cret-scrape-value-0123";

describe("isScrapeSecret", () => {
  it("accepts exactly the configured secret as a bearer credential", () => {
    expect(isScrapeSecret({ authorization: `Bearer ${secret}`, secret })).toBe(true);
    expect(isScrapeSecret({ authorization: `bearer ${secret}`, secret })).toBe(true);
  });

  it("refuses anything else", () => {
    for (const authorization of [
      null,
      "",
      secret,
      `Basic ${secret}`,
      `Bearer ${secret}x`,
      `Bearer ${secret.slice(0, -1)}`,
      `Bearer ${secret.toUpperCase()}`,
      `Bearer ${secret} extra`,
    ]) {
      expect(isScrapeSecret({ authorization, secret }), String(authorization)).toBe(false);
    }
  });

  it("is off when no secret is configured", () => {
    expect(isScrapeSecret({ authorization: "Bearer ", secret: undefined })).toBe(false);
    expect(isScrapeSecret({ authorization: `Bearer ${secret}`, secret: undefined })).toBe(false);
    expect(isScrapeSecret({ authorization: "Bearer x", secret: "" })).toBe(false);
  });
});
