// `npm run lotse -- <command>`: administration from the shell, against the same database the app
// uses (DATABASE_URL, or the embedded PostgreSQL of LOTSE_DATA_DIR — shared with a running `npm start`).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openLocalDatabase } from "@/lib/server/store/embedded/open-local-database";
import { disconnectDb } from "@/lib/server/store/db";
import { runCliCommand, CLI_USAGE } from "@/lib/server/cli/run-cli-command";

if (existsSync(".env")) process.loadEnvFile(".env");

const { positionals, values } = parseArgs({
  allowPositionals: true,
  strict: true,
  options: {
    name: { type: "string" },
    role: { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
    id: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help || positionals.length === 0) {
  console.log(CLI_USAGE);
  process.exit(values.help ? 0 : 2);
}

const database = await openLocalDatabase({ dataDir: path.resolve(process.env.LOTSE_DATA_DIR ?? ".data") });
process.env.DATABASE_URL = database.connectionString;
let exitCode = 0;
try {
  const output = await runCliCommand({ args: positionals, options: values });
  console.log(output);
} catch (error) {
  console.error(`lotse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  await disconnectDb();
  await database.stop();
}
process.exit(exitCode);
