// Test support: real worker processes (`lib/server/jobs/worker-main.ts`, bundled as `npm start`
// runs it) on the test database.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { WORKER_BUNDLE, WORKER_NODE_FLAGS } from "@/scripts/build-worker";

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  /** Everything the process printed (pino JSON lines). */
  output: () => string;
}

export interface WorkerPool {
  workers: WorkerProcess[];
  /** SIGKILL: no draining, no cleanup (a crashed machine). */
  kill: (name: string) => Promise<void>;
  /** SIGTERM and wait for exit; every worker when no name is given. */
  stop: (name?: string) => Promise<void>;
}

/** Starts `count` worker processes with the test process' database and data dir (same encryption key). */
export async function startWorkers({
  count,
  env = {},
}: {
  count: number;
  env?: Record<string, string>;
}): Promise<WorkerPool> {
  const workers: WorkerProcess[] = [];
  for (let index = 0; index < count; index++) {
    const name = `worker-${index + 1}`;
    let output = "";
    // One process per worker (the bundle `npm start` runs, built by the integration setup; no npm
    // wrapper process), so signals reach it.
    const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, WORKER_BUNDLE], {
      env: {
        ...process.env,
        LOTSE_LOG_LEVEL: "info",
        LOTSE_SCHEDULER_TICK_SECONDS: "300",
        LOTSE_JOB_HEARTBEAT_SECONDS: "10",
        LOTSE_JOB_MONITOR_SECONDS: "2",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    workers.push({ name, child, output: () => output });
  }
  // Ready when each has logged "worker started" (its queue is set up and polling).
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const timer = setInterval(() => {
            if (worker.output().includes('"msg":"worker started"')) {
              clearInterval(timer);
              resolve();
            } else if (worker.child.exitCode !== null) {
              clearInterval(timer);
              reject(new Error(`${worker.name} exited during start-up:\n${worker.output()}`));
            }
          }, 100);
        }),
    ),
  );

  const find = (name: string) => {
    const worker = workers.find((candidate) => candidate.name === name);
    if (!worker) throw new Error(`no worker ${name}`);
    return worker;
  };
  const signalAndWait = async (worker: WorkerProcess, signal: NodeJS.Signals) => {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
    const exited = once(worker.child, "exit");
    worker.child.kill(signal);
    await exited;
  };
  return {
    workers,
    kill: (name) => signalAndWait(find(name), "SIGKILL"),
    stop: async (name) => {
      await Promise.all((name ? [find(name)] : workers).map((worker) => signalAndWait(worker, "SIGTERM")));
    },
  };
}
