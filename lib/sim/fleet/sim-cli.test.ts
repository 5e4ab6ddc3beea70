// `npm run sim` as a user runs it: a real process, its exit code, its output, its signals.
import { spawn } from "node:child_process";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = join(process.cwd(), "lib", "sim", "cli.ts");
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "lotse-sim-cli-"));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `onStdout` may send it a signal once it printed what the test waits for. */
function runCli(args: string[], onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      onStdout?.(stdout, child);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe("npm run sim", () => {
  it("exits 2 naming the bad field of a scenario file", { timeout: 30_000 }, async () => {
    const path = join(directory, "bad.yaml");
    await writeFile(path, "seed: 1\nclusters:\n  - { name: a, profile: talos-secure }\n");
    const run = await runCli(["--scenario", path, "--out", join(directory, "bad-out")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("clusters[0].profile");
  });

  it("exits 2 for unknown arguments, with the usage", { timeout: 30_000 }, async () => {
    const run = await runCli(["--bogus"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("usage: npm run sim");
  });

  it("serves until SIGTERM, then exits 0", { timeout: 60_000 }, async () => {
    const path = join(directory, "one.yaml");
    const out = join(directory, "out");
    await writeFile(path, "seed: 5\nclusters:\n  - { name: solo, profile: talos-hardened, talosVersion: v1.13.2 }\n");
    let signalled = false;
    const run = await runCli(["--scenario", path, "--out", out], (text, child) => {
      if (!signalled && text.includes("serving;")) {
        signalled = true;
        child.kill("SIGTERM");
      }
    });
    expect(run.stdout).toContain(`fleet.json: ${join(out, "fleet.json")}`);
    expect(run.stdout).toMatch(/solo\s+on-prem\s+default\s+talos-hardened/);
    expect(run.stdout).toMatch(/memory: rss \d+ MiB/);
    expect(run.stdout).toContain("SIGTERM: stopping 1 clusters");
    expect([run.code, run.signal]).toEqual([0, null]);
    await access(join(out, "clusters", "solo", "talosconfig"));
  });
});
