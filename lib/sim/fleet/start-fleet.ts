import { access, mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  buildCluster,
  getClusterStateAtDay,
  resolveReferenceTime,
  resolveScenario,
  type BuiltCluster,
  type Scenario,
} from "@/lib/sim/scenario";
import type { Fleet, FleetManifest, RunningCluster } from "./fleet-types";
import { startFleetCluster } from "./start-fleet-cluster";
import { writeFleetManifest } from "./write-fleet-manifest";

export interface StartFleetOptions {
  scenario: Scenario;
  /** Where fleet.json and clusters/<name>/{kubeconfig,talosconfig} go; created if missing. */
  outDir: string;
  /** Recorded in fleet.json. */
  scenarioPath?: string;
  /** "Today" of the scenario; default its referenceTime, else now rounded down to the hour. */
  referenceTime?: Date;
  /** Day offset to serve (timeline replay); default 0. */
  day?: number;
}

/**
 * Starts a scenario's fleet in this process: one simulated Kubernetes API server per cluster and
 * one Talos API server per Talos cluster, all in parallel on 127.0.0.1 ephemeral ports; writes
 * each cluster's kubeconfig and talosconfig and then fleet.json (after the credentials, so a
 * reader of fleet.json finds every file it names). If any cluster fails to start, stops the
 * others and throws. A previous run's `clusters/` directory is replaced when `fleet.json` marks
 * the directory as simulator output.
 */
export async function startFleet({
  scenario,
  outDir,
  scenarioPath,
  referenceTime,
  day = 0,
}: StartFleetOptions): Promise<Fleet> {
  const started = performance.now();
  const root = resolve(outDir);
  const manifestPath = join(root, "fleet.json");
  const clustersDir = join(root, "clusters");
  await mkdir(root, { recursive: true, mode: 0o700 });
  if (await exists(manifestPath)) await rm(clustersDir, { recursive: true, force: true });
  await mkdir(clustersDir, { recursive: true, mode: 0o700 });

  const reference = referenceTime ?? resolveReferenceTime({ scenario });
  const built: BuiltCluster[] = resolveScenario({ scenario, day }).map((spec) =>
    buildCluster({ spec, referenceTime: reference, day }),
  );
  const outcomes = await Promise.allSettled(built.map((cluster) => startFleetCluster({ built: cluster, clustersDir })));
  const clusters = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (failure) {
    await closeAll(clusters);
    throw failure.reason;
  }

  const manifest: FleetManifest = {
    version: 1,
    scenario: { name: scenario.name ?? null, path: scenarioPath ? resolve(scenarioPath) : null, seed: scenario.seed },
    referenceTime: reference.toISOString(),
    day,
    startedAt: new Date().toISOString(),
    pid: process.pid,
    clusters: clusters.map((cluster) => cluster.manifest),
  };
  await writeFleetManifest({ path: manifestPath, manifest });
  const memory = process.memoryUsage();
  let closing: Promise<void> | undefined;
  return {
    outDir: root,
    manifestPath,
    manifest,
    clusters,
    startup: {
      durationMs: Math.round(performance.now() - started),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      heapTotalBytes: memory.heapTotal,
      objectCount: built.reduce((sum, cluster) => sum + cluster.cluster.objects.length, 0),
      podCount: clusters.reduce((sum, cluster) => sum + cluster.manifest.podCount, 0),
    },
    async showDay({ day: target }) {
      for (const cluster of clusters) {
        const state = getClusterStateAtDay({
          scenario,
          clusterName: cluster.spec.name,
          day: target,
          referenceTime: reference,
        });
        cluster.kube.setObjects({ objects: state.cluster.objects, kubeletConfigs: state.cluster.kubeletConfigs });
      }
    },
    close() {
      closing ??= closeAll(clusters);
      return closing;
    },
  };
}

async function closeAll(clusters: RunningCluster[]): Promise<void> {
  await Promise.all(
    clusters.flatMap((cluster) => [cluster.kube.close(), ...(cluster.talos ? [cluster.talos.close()] : [])]),
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
