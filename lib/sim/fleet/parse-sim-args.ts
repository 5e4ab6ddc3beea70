import { parseArgs } from "node:util";

export const SIM_USAGE = `usage: npm run sim -- [--scenario FILE] [--out DIR] [--day N]

  --scenario FILE  scenario to start (default scenarios/default.yaml)
  --out DIR        where fleet.json and the credentials go (default .sim/)
  --day N          serve the timeline's state N days from today (e.g. -30; default 0)`;

export interface SimArgs {
  scenarioPath: string;
  outDir: string;
  day: number;
  isHelp: boolean;
}

/** Parses the `npm run sim` arguments. Throws with a one-line message for anything unknown. */
export function parseSimArgs({ argv }: { argv: string[] }): SimArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: "string" },
      out: { type: "string" },
      day: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: false,
    strict: true,
  });
  const day = values.day === undefined ? 0 : Number(values.day);
  if (!Number.isInteger(day) || Math.abs(day) > 3650)
    throw new Error(`--day must be a whole number of days, got ${JSON.stringify(values.day)}`);
  return {
    scenarioPath: values.scenario ?? "scenarios/default.yaml",
    outDir: values.out ?? ".sim",
    day,
    isHelp: values.help === true,
  };
}
