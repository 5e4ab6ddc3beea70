import { spawn } from "node:child_process";

// lotse-start stops web and worker (15 s grace each, in parallel), then the database.
const STOP_GRACE_MS = 45_000;

export interface LotseProcess {
  /** Settles with the exit code (or signal name) when the process ends, for whatever reason. */
  exited: Promise<number | string>;
  /**
   * Stops Lotse and resolves once it has exited; SIGKILL to its group after a grace period.
   * `isServing`: SIGTERM to lotse-start alone, which stops web and worker before the database.
   * Otherwise SIGTERM to the whole group, which also ends a `next build` or migration in progress.
   */
  stop: (options: { isServing: boolean }) => Promise<void>;
}

/**
 * Runs `scripts/lotse-start.ts` (what `npm start` runs) in a process group of its own, so that
 * Ctrl-C reaches it only through the demo, which stops it before the fleet. Output goes straight
 * to the terminal.
 */
export function startLotseProcess({ env }: { env: NodeJS.ProcessEnv }): LotseProcess {
  // The same Node as the demo, with tsx as a loader: one process, no wrapper to outlive or forward signals.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/lotse-start.ts"], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signalName) => resolve(code ?? signalName ?? "unknown"));
    child.once("error", (error) => resolve(`failed to start: ${error.message}`));
  });
  let stopping: Promise<void> | undefined;
  return {
    exited,
    stop({ isServing }) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
        const pid = child.pid;
        signal(isServing ? pid : -pid, "SIGTERM");
        const timer = setTimeout(() => signal(-pid, "SIGKILL"), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/** `target` is a pid, or a negative process group id. */
function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // The group is gone already.
  }
}
