import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api/api-error";
import { describeScheduleError } from "./describe-schedule-error";

describe("describeScheduleError", () => {
  it("puts the server's refusal of the expression next to the field, without the field's name", () => {
    const error = new ApiError({
      status: 400,
      code: "bad_request",
      message: "schedule: must be a 5-field cron expression, e.g. `0 * * * *` (hourly, UTC)",
      details: { field: "schedule" },
    });
    expect(describeScheduleError(error)).toEqual({
      isFieldError: true,
      message: "must be a 5-field cron expression, e.g. “0 * * * *” (hourly, UTC)",
    });
  });

  it("keeps other refusals (role, network) as a message for the form", () => {
    const forbidden = new ApiError({
      status: 403,
      code: "forbidden",
      message: "Your role (engineer) may not do this.",
    });
    expect(describeScheduleError(forbidden)).toEqual({
      isFieldError: false,
      message: "Your role (engineer) may not do this.",
    });
    expect(describeScheduleError(new Error("boom"))).toEqual({ isFieldError: false, message: "boom" });
  });
});
