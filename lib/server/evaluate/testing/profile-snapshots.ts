// Test support: real snapshots of every platform profile, collected from the simulator by Lotse's
// own collectors (no hand-written JSON that could drift from what collectors produce). Tests
// clone one and change what they need (`structuredClone`).
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Platform } from "@/lib/catalog/catalog-types";
import { collectCluster } from "@/lib/server/collect/collect-cluster";
import { toStoredSnapshot, type StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { parseTalosconfig } from "@/lib/server/credentials/parse-talosconfig";
import { startFleet } from "@/lib/sim/fleet";
import type { PlatformProfile } from "@/lib/sim/model";
import { loadScenario } from "@/lib/sim/scenario";
import { detectPlatform } from "../detect-platform";

export const PROFILES: readonly PlatformProfile[] = [
  "talos-hardened",
  "talos-default",
  "talos-drifted",
  "kubeadm-default",
  "kubeadm-hardened",
  "managed",
];

export interface ProfileSnapshot {
  profile: PlatformProfile;
  platform: Platform;
  snapshot: StoredSnapshot;
}

/** "Now" of the fixtures: evaluate with this date so age rules are stable. */
export const FIXTURE_NOW = new Date("2026-11-23T12:00:00Z");

const cache = new Map<string, Promise<Map<PlatformProfile, ProfileSnapshot>>>();

/**
 * Collects one small cluster per profile (1 control plane, 2 workers, 2 app namespaces) from the
 * simulator, with an `os:reader` (default) or `os:admin` Talos credential. Cached per process.
 */
export function loadProfileSnapshots({
  talosRole = "os:reader",
}: { talosRole?: "os:reader" | "os:admin" } = {}): Promise<Map<PlatformProfile, ProfileSnapshot>> {
  let pending = cache.get(talosRole);
  if (!pending) {
    pending = collectProfiles(talosRole);
    cache.set(talosRole, pending);
  }
  return pending;
}

async function collectProfiles(talosRole: "os:reader" | "os:admin"): Promise<Map<PlatformProfile, ProfileSnapshot>> {
  const base = await loadScenario({ path: "scenarios/faults.yaml" });
  const outDir = mkdtempSync(path.join(tmpdir(), "lotse-profiles-"));
  const fleet = await startFleet({
    scenario: {
      ...base,
      name: "profiles",
      defaults: {
        ...base.defaults,
        nodes: { controlPlanes: 1, workers: 2 },
        workloads: { namespaces: 2, deploymentsPerNamespace: 2, replicas: 1, cronJobsPerNamespace: 1 },
      },
      clusters: PROFILES.map((profile) => ({ name: profile, profile, talos: { role: talosRole } })),
    },
    outDir,
    referenceTime: FIXTURE_NOW,
  });
  try {
    const result = new Map<PlatformProfile, ProfileSnapshot>();
    for (const cluster of fleet.manifest.clusters) {
      const kubeconfig = await readFile(cluster.kubernetes.kubeconfig, "utf8");
      const talos = cluster.talos
        ? parseTalosconfig({ text: await readFile(cluster.talos.talosconfig, "utf8"), allowLinkLocal: true }).material
        : null;
      const snapshot = toStoredSnapshot(
        await collectCluster({
          cluster: { id: `fixture-${cluster.name}`, name: cluster.name },
          kubeconfig,
          talos,
          limits: {
            deadlineMs: 30_000,
            requestTimeoutMs: 10_000,
            pageSize: 500,
            kubeConcurrency: 4,
            talosConcurrency: 8,
          },
        }),
      );
      result.set(cluster.profile, { profile: cluster.profile, platform: detectPlatform(snapshot), snapshot });
    }
    return result;
  } finally {
    await fleet.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
