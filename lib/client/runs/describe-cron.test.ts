import { describe, expect, it } from "vitest";
import { describeCron, describeScheduleHint } from "./describe-cron";

describe("describeCron", () => {
  it.each([
    ["0 * * * *", "hourly"],
    ["15 * * * *", "hourly at :15"],
    ["* * * * *", "every minute"],
    ["*/15 * * * *", "every 15 minutes"],
    ["0 */6 * * *", "every 6 hours"],
    ["30 */2 * * *", "every 2 hours at :30"],
    ["30 2 * * *", "daily at 02:30"],
    ["0 6 * * 1", "weekly on Monday at 06:00"],
    ["0 6 * * 7", "weekly on Sunday at 06:00"],
    ["0 6 * * sat", "weekly on Saturday at 06:00"],
    ["0 7 * * 1-5", "weekdays at 07:00"],
    ["0 3 1 * *", "monthly on day 1 at 03:00"],
    ["  0   *  * * *  ", "hourly"],
  ])("%s reads as %s", (cron, words) => {
    expect(describeCron(cron)).toBe(words);
  });

  it.each(["0 6,18 * * *", "0 3 1-7 * 1", "0 0 1 1 *", "61 * * * *", "0 * * *", "not a cron at all"])(
    "has no words for %s (shown as the expression only)",
    (cron) => {
      expect(describeCron(cron)).toBeNull();
    },
  );
});

describe("describeScheduleHint", () => {
  it("always names the time zone", () => {
    expect(describeScheduleHint("0 * * * *")).toBe("hourly (UTC)");
    expect(describeScheduleHint("0 6,18 * * *")).toBe("UTC");
  });
});
