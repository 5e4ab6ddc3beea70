import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/http/app-error";
import { checkWaiverExpiry } from "./check-waiver-expiry";

const at = (iso: string) => new Date(iso);
const refusal = (now: string, expiresAt: string) => {
  try {
    checkWaiverExpiry({ now: at(now), expiresAt: at(expiresAt) });
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, message: (error as AppError).message };
  }
};
const TOO_LONG = { code: "bad_request", message: "A waiver can last one year at most; review it again then." };

describe("checkWaiverExpiry", () => {
  it("accepts exactly one calendar year ahead and refuses a millisecond more", () => {
    expect(refusal("2026-06-10T09:30:00.000Z", "2027-06-10T09:30:00.000Z")).toBeNull();
    expect(refusal("2026-06-10T09:30:00.000Z", "2027-06-10T09:30:00.001Z")).toEqual(TOO_LONG);
  });

  it("refuses a year and a day, which 366 days from a common year would have allowed", () => {
    expect(refusal("2026-06-10T09:30:00.000Z", "2027-06-11T09:30:00.000Z")).toEqual(TOO_LONG);
  });

  it("accepts 366 days when the year spans 29 February", () => {
    expect(refusal("2027-06-10T09:30:00.000Z", "2028-06-10T09:30:00.000Z")).toBeNull();
  });

  it("from 29 February, ends on 28 February of the next year", () => {
    expect(refusal("2028-02-29T12:00:00.000Z", "2029-02-28T12:00:00.000Z")).toBeNull();
    expect(refusal("2028-02-29T12:00:00.000Z", "2029-03-01T00:00:00.000Z")).toEqual(TOO_LONG);
  });

  it("refuses an expiry that is not in the future", () => {
    expect(refusal("2026-06-10T09:30:00.000Z", "2026-06-10T09:30:00.000Z")).toEqual({
      code: "bad_request",
      message: "The expiry date must be in the future.",
    });
  });
});
