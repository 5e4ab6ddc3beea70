import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { buildWorker, WORKER_NODE_FLAGS } from "@/scripts/build-worker";

export interface WorkerPool {
  pids: number[];
  /** Resolves (at performance.now()) when a worker logged the end of this run's evaluation. */
  waitForRun: (runId: string, timeoutMs: number) => Promise<number>;
  /** Resolves when the workers together have finished `count` runs since they started. */
  waitForRunCount: (count: number, timeoutMs: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** The worker's last log line of a run: its evaluation was recorded, confirmed (same message) or failed. */
const DONE_MESSAGES = new Set(["evaluation recorded", "evaluation failed"]);

/**
 * `count` real worker processes on the given database: the bundle `npm start` and `npm run worker`
 * run (scripts/build-worker.ts), started without npm, so each pid is a worker's own for /proc
 * sampling. Resolves when
 * every one polls its queue. Runs are followed through the workers' own log lines.
 */
export async function startWorkerPool({
  count,
  env,
}: {
  count: number;
  env: Record<string, string>;
}): Promise<WorkerPool> {
  const done = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  let tail = "";
  const children: ChildProcess[] = [];
  const started = new Set<number>();
  const bundle = await buildWorker();
  for (let index = 0; index < count; index++) {
    const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, bundle], {
      env: { ...process.env, LOTSE_LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const entry = JSON.parse(line) as { msg?: string; runId?: string; level?: number };
      if (entry.level !== undefined && entry.level >= 50) tail = `${tail}\n${line}`.slice(-4000);
      if (entry.msg === "worker started") started.add(index);
      if (entry.runId && entry.msg && DONE_MESSAGES.has(entry.msg)) {
        const at = performance.now();
        done.set(entry.runId, at);
        waiting.get(entry.runId)?.(at);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (tail = `${tail}${chunk.toString()}`.slice(-4000)));
  }
  while (started.size < count) {
    if (children.some((child) => child.exitCode !== null)) throw new Error(`a worker exited during start-up:\n${tail}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    pids: children.map((child) => child.pid!),
    waitForRun: (runId, timeoutMs) => {
      const at = done.get(runId);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`run ${runId} did not finish within ${timeoutMs} ms\n${tail}`)),
          timeoutMs,
        );
        waiting.set(runId, (finishedAt) => {
          clearTimeout(timer);
          resolve(finishedAt);
        });
      });
    },
    waitForRunCount: async (wanted, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (done.size < wanted) {
        if (Date.now() > deadline) throw new Error(`only ${done.size} of ${wanted} runs finished in time\n${tail}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop: async () => {
      await Promise.all(
        children
          .filter((child) => child.exitCode === null && child.signalCode === null)
          .map((child) => {
            const exited = once(child, "exit");
            child.kill("SIGTERM");
            return exited;
          }),
      );
    },
  };
}
