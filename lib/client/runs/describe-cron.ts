const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_ABBREVIATIONS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const NUMBER = /^\d{1,2}$/;
const STEP = /^\*\/(\d{1,2})$/;

function inRange(text: string, min: number, max: number): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function dayOfWeek(text: string): number | null {
  const named = DAY_ABBREVIATIONS.indexOf(text.toLowerCase());
  if (named >= 0) return named;
  const value = inRange(text, 0, 7);
  return value === null ? null : value % 7;
}

const pad = (value: number) => String(value).padStart(2, "0");

function atMinute(minute: number): string {
  return minute === 0 ? "" : ` at :${pad(minute)}`;
}

/**
 * The common shapes of a 5-field cron in words ("hourly", "every 15 minutes", "daily at 02:30",
 * "weekly on Monday at 06:00"); null for anything else, which is then shown as the expression only.
 * It describes, it does not validate: the server does that.
 */
export function describeCron(schedule: string): string | null {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) return null;
  const [minuteText, hourText, domText, monthText, dowText] = fields as [string, string, string, string, string];
  if (monthText !== "*") return null;

  if (hourText === "*" && domText === "*" && dowText === "*") {
    if (minuteText === "*") return "every minute";
    const step = STEP.exec(minuteText)?.[1];
    if (step !== undefined) {
      const every = Number(step);
      if (every === 1) return "every minute";
      return every >= 1 && every <= 59 ? `every ${every} minutes` : null;
    }
    const minute = inRange(minuteText, 0, 59);
    return minute === null ? null : `hourly${atMinute(minute)}`;
  }

  const minute = inRange(minuteText, 0, 59);
  if (minute === null) return null;
  const hourStep = STEP.exec(hourText)?.[1];
  if (hourStep !== undefined && domText === "*" && dowText === "*") {
    const every = Number(hourStep);
    if (every === 1) return `hourly${atMinute(minute)}`;
    return every >= 1 && every <= 23 ? `every ${every} hours${atMinute(minute)}` : null;
  }

  const hour = inRange(hourText, 0, 23);
  if (hour === null) return null;
  const time = `${pad(hour)}:${pad(minute)}`;
  if (domText === "*" && dowText === "*") return `daily at ${time}`;
  if (domText === "*" && (dowText === "1-5" || dowText.toLowerCase() === "mon-fri")) return `weekdays at ${time}`;
  if (domText === "*") {
    const day = dayOfWeek(dowText);
    return day === null ? null : `weekly on ${DAY_NAMES[day]} at ${time}`;
  }
  if (dowText === "*") {
    const dayOfMonth = inRange(domText, 1, 31);
    return dayOfMonth === null ? null : `monthly on day ${dayOfMonth} at ${time}`;
  }
  return null;
}

/** "hourly (UTC)", or "UTC" alone when the expression has no simple reading. */
export function describeScheduleHint(schedule: string): string {
  const words = describeCron(schedule);
  return words ? `${words} (UTC)` : "UTC";
}
