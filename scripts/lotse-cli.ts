// `npm run lotse -- <command>`: administration from the shell, against the same database the app
// uses (DATABASE_URL, or the embedded PostgreSQL of LOTSE_DATA_DIR — shared with a running `npm start`).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openLocalDatabase } from "@/lib/server/store/embedded/open-local-database";
import { disconnectDb } from "@/lib/server/store/db";
import { runCliCommand, CLI_USAGE } from "@/lib/server/cli/run-cli-command";
import { runVerifyCommand } from "@/lib/server/evidence/run-verify-command";
import { parseSeedHistoryArgs } from "@/lib/server/cli/parse-seed-history-args";
import { runSeedHistoryCommand } from "@/lib/server/cli/run-seed-history-command";

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
    "public-key": { type: "string" },
    out: { type: "string" },
    from: { type: "string" },
    clusters: { type: "string" },
    days: { type: "string" },
    interval: { type: "string" },
    scenario: { type: "string" },
    concurrency: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help || positionals.length === 0) {
  console.log(
    `${CLI_USAGE}\n\nOffline (no database):\n  evidence verify PACK.zip [--public-key FILE]   check an evidence pack's hashes and signature`,
  );
  process.exit(values.help ? 0 : 2);
}

// Verifying a pack is offline work: no database, and an auditor's machine may have none.
if (positionals[0] === "evidence" && positionals[1] === "verify") {
  const zipPath = positionals[2];
  if (!zipPath) {
    console.error("usage: npm run lotse -- evidence verify <pack.zip> [--public-key FILE]");
    process.exit(2);
  }
  try {
    const { output, exitCode } = await runVerifyCommand({ zipPath, publicKeyFile: values["public-key"] });
    console.log(output);
    process.exit(exitCode);
  } catch (error) {
    console.error(`lotse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const database = await openLocalDatabase({ dataDir: path.resolve(process.env.LOTSE_DATA_DIR ?? ".data") });
process.env.DATABASE_URL = database.connectionString;
let exitCode = 0;
try {
  if (positionals[0] === "seed-history") {
    const { output } = await runSeedHistoryCommand({ args: parseSeedHistoryArgs({ options: values }) });
    console.log(output);
  } else {
    console.log(await runCliCommand({ args: positionals, options: values }));
  }
} catch (error) {
  console.error(`lotse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  await disconnectDb();
  await database.stop();
}
process.exit(exitCode);
