import { spawn, type ChildProcess } from "node:child_process";

export interface Child {
  name: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Runs a command to completion; rejects with its output tail when it fails. */
export function runToCompletion({
  name,
  command,
  args,
  env,
  quiet = false,
}: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code})\n${output.slice(-4000)}`)),
    );
  });
}

/** How long a child may take to stop before it is killed (the worker drains for up to 20 s). */
const STOP_GRACE_MS = 30_000;

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(group, signal);
  } catch {
    // the group is gone already
  }
}

function isGroupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a long-running child whose output is prefixed; `onExit` fires if it dies on its own. */
export function startChild({
  name,
  command,
  args,
  env,
  onExit,
}: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  onExit: (code: number | null) => void;
}): Child {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let isStopping = false;
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) stream.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on("data", prefix(process.stdout));
  child.stderr?.on("data", prefix(process.stderr));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", (code) => {
    if (!isStopping) {
      console.error(`[${name}] exited unexpectedly (code ${code})`);
      onExit(code);
    }
  });
  return {
    name,
    process: child,
    stop: async () => {
      isStopping = true;
      if (child.exitCode !== null || !child.pid) return;
      // Signal the whole process group (npx → node → next/tsx) and wait until every member is gone:
      // npx exits at once, the worker behind it drains its running collections first.
      const group = -child.pid;
      signalGroup(group, "SIGTERM");
      const timer = setTimeout(() => signalGroup(group, "SIGKILL"), STOP_GRACE_MS);
      await exited;
      while (isGroupAlive(group)) await new Promise((resolve) => setTimeout(resolve, 100));
      clearTimeout(timer);
    },
  };
}
