import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export const PHASE_RESULT_PREFIX = "BENCH_PHASE_RESULT ";

/**
 * Runs one bench phase (bench-phase-main.ts) in a child process with its own database and returns
 * what it reported. Its other output is passed on indented, so progress stays visible.
 */
export async function runBenchPhase<T>({
  phase,
  options,
  env,
  log,
}: {
  phase: string;
  options: Record<string, number | string | boolean>;
  env: Record<string, string>;
  log: (line: string) => void;
}): Promise<T> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/bench/bench-phase-main.ts", phase], {
    env: { ...process.env, LOTSE_LOG_LEVEL: "warn", ...env, LOTSE_BENCH_OPTIONS: JSON.stringify(options) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let result: string | null = null;
  const errors: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (line.startsWith(PHASE_RESULT_PREFIX)) result = line.slice(PHASE_RESULT_PREFIX.length);
    else if (line.trim() !== "") log(`    ${line}`);
  });
  createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.includes("DeprecationWarning") || line.includes("--trace-deprecation")) return;
    errors.push(line);
    log(`    ${line}`);
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0 || result === null)
    throw new Error(`bench phase ${phase} failed (exit ${code}): ${errors.slice(-5).join(" | ") || "no output"}`);
  return JSON.parse(result) as T;
}
