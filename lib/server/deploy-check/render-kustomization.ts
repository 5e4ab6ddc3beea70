import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where kubectl is looked for: LOTSE_KUBECTL, else the Debian package's path. */
export function findKubectl(env: Record<string, string | undefined> = process.env): string | null {
  const candidate = env.LOTSE_KUBECTL ?? "/usr/bin/kubectl";
  return existsSync(candidate) ? candidate : null;
}

/**
 * `kubectl kustomize <directory>`: the manifests exactly as `kubectl apply -k` would send them.
 * kubectl's own kustomize needs no cluster and no network (no remote bases are used).
 */
export async function renderKustomization({
  kubectl,
  directory,
  timeoutMs = 60_000,
}: {
  kubectl: string;
  directory: string;
  timeoutMs?: number;
}): Promise<string> {
  const { stdout } = await run(kubectl, ["kustomize", directory], {
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
