import { existsSync, readFileSync } from "node:fs";
import { E2E_STATE_FILE } from "./e2e-env";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the Lotse started by global-setup (SIGTERM to its process group) and waits for it. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(E2E_STATE_FILE)) return;
  const { pid } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { pid: number };
  if (!isAlive(pid)) return;
  process.kill(-pid, "SIGTERM");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(-pid, "SIGKILL");
}
