import { z } from "zod";
import { HISTORY_INTERVALS, type HistoryInterval } from "@/lib/server/history/plan-history-slots";

export interface SeedHistoryArgs {
  clusters: number;
  days: number;
  interval: HistoryInterval;
  scenarioPath: string;
  concurrency: number;
}

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        context.addIssue({ code: "custom", message: `--${name} must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const schema = z.object({
  clusters: wholeNumber("clusters", 1, 1000, 30),
  days: wholeNumber("days", 1, 400, 365),
  interval: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return "1h" as const;
      if (!(value in HISTORY_INTERVALS)) {
        context.addIssue({
          code: "custom",
          message: `--interval must be one of ${Object.keys(HISTORY_INTERVALS).join(", ")}`,
        });
        return z.NEVER;
      }
      return value as HistoryInterval;
    }),
  scenario: z.string().min(1).optional(),
  concurrency: wholeNumber("concurrency", 1, 64, 4),
});

/** `seed-history` options (strings from parseArgs) → validated values; throws one readable line per problem. */
export function parseSeedHistoryArgs({ options }: { options: Record<string, unknown> }): SeedHistoryArgs {
  const parsed = schema.safeParse({
    clusters: options.clusters,
    days: options.days,
    interval: options.interval,
    scenario: options.scenario,
    concurrency: options.concurrency,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  const { scenario, ...rest } = parsed.data;
  return { ...rest, scenarioPath: scenario ?? "scenarios/default.yaml" };
}
