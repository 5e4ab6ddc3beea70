import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUILTIN_RESOURCES } from "@/lib/server/collect/kubernetes/kube-resource-plan";
import type { FleetManifest } from "@/lib/sim/fleet";

export const KUBECTL = process.env.LOTSE_BENCH_KUBECTL ?? "/usr/bin/kubectl";

/**
 * The script a team would write instead: for each cluster in turn, one
 * `kubectl get <the collector's built-in resources> -A -o json`. Secrets are left out (the
 * read-only credential may not read their data; Lotse lists them as metadata only). It reads no
 * Talos API, evaluates nothing and stores nothing, so it does less than a Lotse collection.
 */
export async function measureKubectlBaseline({ manifest }: { manifest: FleetManifest }): Promise<{
  seconds: number | null;
  note: string;
}> {
  if (!existsSync(KUBECTL)) return { seconds: null, note: `skipped: no kubectl at ${KUBECTL}` };
  const resources = BUILTIN_RESOURCES.filter((resource) => resource.resource !== "secrets").map((resource) =>
    resource.group ? `${resource.resource}.${resource.group}` : resource.resource,
  );
  const cacheDir = await mkdtemp(path.join(tmpdir(), "lotse-bench-kubectl-"));
  let failures = 0;
  let bytes = 0;
  const started = performance.now();
  try {
    for (const cluster of manifest.clusters) {
      const output = await new Promise<string>((resolve) => {
        execFile(
          KUBECTL,
          [
            "--kubeconfig",
            cluster.kubernetes.kubeconfig,
            "--cache-dir",
            cacheDir,
            "get",
            resources.join(","),
            "-A",
            "-o",
            "json",
          ],
          { maxBuffer: 1024 * 1024 * 1024 },
          (error, stdout) => {
            if (error) failures++;
            resolve(stdout);
          },
        );
      });
      bytes += output.length;
    }
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const note = `${manifest.clusters.length} clusters in turn, ${resources.length} resource types, ${(bytes / 1e6).toFixed(1)} MB JSON${failures > 0 ? `, ${failures} kubectl calls exited non-zero` : ""}`;
  return { seconds, note };
}
