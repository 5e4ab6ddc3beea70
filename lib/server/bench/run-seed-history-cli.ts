import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * `npm run lotse -- seed-history …` as a user runs it (the CLI entry, without npm), against the
 * given database; returns its summary, the number of runs it wrote and the wall time.
 */
export async function runSeedHistoryCli({
  clusters,
  days,
  interval,
  env,
  log,
}: {
  clusters: number;
  days: number;
  interval: "1h" | "6h" | "1d";
  env: Record<string, string>;
  log: (line: string) => void;
}): Promise<{ seconds: number; runs: number; summary: string }> {
  const args = ["seed-history", "--clusters", String(clusters), "--days", String(days), "--interval", interval];
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/lotse-cli.ts", ...args], {
    env: { ...process.env, LOTSE_PROCESS: "cli", LOTSE_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => out.push(line));
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.includes("DeprecationWarning") || line.includes("--trace-deprecation")) return;
    errors.push(line);
    log(`    ${line}`);
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const seconds = (performance.now() - started) / 1000;
  const summary = out.join("\n");
  if (code !== 0) throw new Error(`seed-history failed (exit ${code}): ${errors.slice(-3).join(" | ")}`);
  const runs = Number(/seeded (\d+) runs/.exec(summary)?.[1] ?? Number.NaN);
  return { seconds, runs, summary };
}
