import { isTalosProfile } from "@/lib/sim/model";
import { getProfileDefaults } from "@/lib/sim/profiles/get-profile-defaults";
import { nameClusterNodes } from "@/lib/sim/profiles/name-cluster-nodes";
import { BUILTIN_DEFAULTS } from "./builtin-defaults";
import type { ClusterSettings } from "./cluster-settings-schema";
import type { ClusterSpec } from "./cluster-spec";
import type { ScenarioClusterEntry } from "./expand-scenario";
import { hashKey } from "./hash-key";
import { mergeSettings } from "./merge-settings";
import type { ScenarioIssue } from "./scenario-error";
import type { Scenario } from "./scenario-schema";

/**
 * Decides every setting of one cluster at day offset `day`: builtin defaults, then its profile's
 * defaults, then the scenario's settings for it, then every timeline change for it with
 * `change.day <= day` in day order (file order within a day). Environment latency presets apply
 * where the cluster sets no latency of its own. Returns the issues it finds (unknown node names)
 * instead of throwing, so validation can report them with their paths.
 */
export function resolveClusterSpec({
  scenario,
  entry,
  day,
}: {
  scenario: Scenario;
  entry: ScenarioClusterEntry;
  day: number;
}): { spec: ClusterSpec; issues: ScenarioIssue[] } {
  const changes = (scenario.timeline ?? [])
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.cluster === entry.name && change.day <= day)
    .sort((a, b) => a.change.day - b.change.day || a.index - b.index);
  const own = mergeSettings<ClusterSettings>({
    layers: [entry.settings, ...changes.map(({ change }) => change.change)],
  });
  const profile = own.profile ?? BUILTIN_DEFAULTS.profile ?? "talos-default";
  const merged = mergeSettings<ClusterSettings>({ layers: [BUILTIN_DEFAULTS, getProfileDefaults({ profile }), own] });
  const environment = merged.environment ?? "on-prem";
  const presetLatency = scenario.environments?.[environment]?.latencyMs;
  const isManaged = profile === "managed";
  const seed = hashKey({ key: `cluster:${scenario.seed}:${entry.name}` })[0];
  const talos = merged.talos ?? {};
  const kubeFaults = { ...merged.faults?.kube };
  const talosFaults = { ...merged.faults?.talos };
  if (presetLatency !== undefined) {
    kubeFaults.latencyMs ??= presetLatency;
    talosFaults.latencyMs ??= presetLatency;
  }
  const spec: ClusterSpec = {
    name: entry.name,
    environment,
    site: merged.site ?? "default",
    labels: { ...merged.labels },
    profile,
    kubernetesVersion: merged.kubernetesVersion ?? "1.35.2",
    talosVersion: isTalosProfile(profile) ? merged.talosVersion : undefined,
    managedFlavor: merged.managedFlavor ?? "eks",
    seed,
    controlPlanes: isManaged ? 0 : (merged.nodes?.controlPlanes ?? 1),
    workers: merged.nodes?.workers ?? 0,
    workloads: merged.workloads as ClusterSpec["workloads"],
    namespaces: merged.namespaces ?? [],
    posture: merged.posture as ClusterSpec["posture"],
    admission: merged.admission as ClusterSpec["admission"],
    etcdBackup: merged.etcdBackup as ClusterSpec["etcdBackup"],
    tools: merged.tools as ClusterSpec["tools"],
    apiServerFlags: { ...merged.apiServerFlags },
    kubeletConfig: { ...merged.kubeletConfig },
    talos: {
      drift: talos.drift,
      nodeDrift: {},
      role: talos.role ?? "os:reader",
      ...(talos.kms ? { kms: talos.kms } : {}),
    },
    faults: { kube: kubeFaults, talos: talosFaults },
    extraObjects: merged.extraObjects ?? [],
  };
  const issues: ScenarioIssue[] = [];
  const nodeNames = new Set(nameClusterNodes({ spec }).map((node) => node.name));
  const fullName = (name: string) => (nodeNames.has(name) ? name : `${entry.name}-${name}`);
  const where = changes.length > 0 ? `${entry.path} (with timeline changes up to day ${day})` : entry.path;
  for (const [key, drift] of Object.entries(talos.nodeDrift ?? {})) {
    const name = fullName(key);
    if (!nodeNames.has(name))
      issues.push({
        path: `${where}.talos.nodeDrift.${key}`,
        message: `cluster "${entry.name}" has no node "${name}"`,
      });
    else spec.talos.nodeDrift[name] = drift;
  }
  if (talosFaults.unreachableNodes) {
    talosFaults.unreachableNodes = talosFaults.unreachableNodes.map((key, index) => {
      const name = fullName(key);
      if (!nodeNames.has(name)) {
        issues.push({
          path: `${where}.faults.talos.unreachableNodes[${index}]`,
          message: `cluster "${entry.name}" has no node "${name}"`,
        });
      }
      return name;
    });
  }
  if (isTalosProfile(profile) && !spec.talosVersion) {
    issues.push({ path: `${where}.talosVersion`, message: `profile ${profile} needs a talosVersion` });
  }
  return { spec, issues };
}
