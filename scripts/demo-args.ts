import { parseArgs } from "node:util";

export const DEMO_USAGE = `usage: npm run demo [-- --scenario FILE]

Starts Lotse and a simulated fleet, registers every cluster through Lotse's API and prints the
URL and sign-in. Ctrl-C stops both.

  --scenario FILE  the fleet to simulate (default scenarios/default.yaml)

Environment: LOTSE_DATA_DIR (default .data/demo), PORT (default 3000),
LOTSE_ADMIN_EMAIL / LOTSE_ADMIN_PASSWORD (default: admin@lotse.local with a generated password
kept in <data dir>/demo-admin.txt).`;

export interface DemoArgs {
  scenarioPath: string;
  isHelp: boolean;
}

/** Parses `npm run demo` arguments; throws on anything unknown. */
export function parseDemoArgs({ argv }: { argv: string[] }): DemoArgs {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: false,
    strict: true,
  });
  return { scenarioPath: values.scenario ?? "scenarios/default.yaml", isHelp: values.help === true };
}
