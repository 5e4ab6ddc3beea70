import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import type { FleetManifest } from "@/lib/sim/fleet";
import type { Scenario } from "@/lib/sim/scenario";

export interface SimProcess {
  pid: number;
  manifest: FleetManifest;
  stop: () => Promise<void>;
}

/**
 * The simulator in a process of its own (`npm run sim` without npm), so the bench can read its
 * memory apart from Lotse's worker. Resolves once it serves every cluster.
 */
export async function startSimProcess({
  scenario,
  startTimeoutMs = 600_000,
}: {
  scenario: Scenario;
  startTimeoutMs?: number;
}): Promise<SimProcess> {
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-bench-sim-"));
  const scenarioFile = path.join(dir, "scenario.yaml");
  await writeFile(scenarioFile, stringify(scenario));
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "lib/sim/cli.ts", "--scenario", scenarioFile, "--out", path.join(dir, "fleet")],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + startTimeoutMs;
  while (!output.includes("serving;")) {
    if (child.exitCode !== null) throw new Error(`the simulator exited (${child.exitCode}):\n${output.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error("the simulator did not start in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const manifest = JSON.parse(await readFile(path.join(dir, "fleet", "fleet.json"), "utf8")) as FleetManifest;
  return {
    pid: child.pid!,
    manifest,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
