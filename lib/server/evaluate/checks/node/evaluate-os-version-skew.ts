import { OS_VERSION_SKEW_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, CheckResult, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence } from "./evaluate-talos-nodes";
import { listNodeTargets, type NodeTarget } from "./list-node-targets";
import { compareTalosReleases, readNodeTalosVersion, type NodeTalosVersion } from "./read-node-talos-version";

const CHECK_ID = OS_VERSION_SKEW_CHECK.id;

/**
 * node.os-version-skew. Talos nodes (by Talos Version API, else the osImage `Talos (vX.Y.Z)`) are
 * compared with the newest Talos release in the cluster: same release → PASS; same minor, older
 * patch or pre-release → WARN (a rolling upgrade in progress or a node it missed); older minor (or
 * major) → FAIL (Talos upgrades go one minor at a time, and the node lacks that minor's defaults).
 * A node at the newest known release is UNKNOWN while another Talos node's version is unknown
 * (that one could be newer). Other nodes are compared by osImage and kernel, which Lotse cannot
 * order: all equal → PASS, any difference → WARN on every such node.
 */
export const osVersionSkewEvaluator: CheckEvaluator = {
  check: OS_VERSION_SKEW_CHECK,
  evaluate: ({ snapshot }) => {
    const { targets, errors } = listNodeTargets({ snapshot });
    if (targets.length === 0) {
      return [
        {
          checkId: CHECK_ID,
          subject: { kind: "cluster" },
          status: "UNKNOWN",
          message: describeUnreadable("The cluster's nodes", errors),
          evidence: errorEvidence(errors),
        },
      ];
    }
    const isTalos = (target: NodeTarget) => target.kind === "talos" || target.kube.isTalos;
    const talosTargets = targets.filter(isTalos);
    const results = new Map([
      ...judgeTalosNodes(talosTargets),
      ...judgeOtherNodes(
        targets.filter((target) => !isTalos(target)),
        talosTargets.length > 0 ? "non-Talos nodes" : "nodes",
      ),
    ]);
    return targets.flatMap((target) => results.get(target) ?? []);
  },
};

function judgeTalosNodes(targets: NodeTarget[]): Map<NodeTarget, CheckResult> {
  const entries = targets.map((target) => ({ target, version: readNodeTalosVersion(target) }));
  const known = entries.filter((entry): entry is { target: NodeTarget; version: NodeTalosVersion } => !!entry.version);
  const unknownCount = entries.length - known.length;
  const newest = known.reduce<(typeof known)[number] | undefined>(
    (best, entry) => (!best || compareTalosReleases(entry.version.release, best.version.release) > 0 ? entry : best),
    undefined,
  );
  const summary: EvidenceItem = {
    source: "talos.nodes[*].version.tag",
    value: Object.fromEntries(entries.map(({ target, version }) => [target.name, version?.release.tag ?? null])),
    note: "Talos release per node (Talos Version API, else the Kubernetes OS image); null: unknown",
  };
  const results = new Map<NodeTarget, CheckResult>();
  for (const { target, version } of entries) {
    const subject = { kind: "node" as const, name: target.name };
    if (!version || !newest) {
      const versionErrors = target.kind === "talos" ? target.talos.version.errors : [];
      results.set(target, {
        checkId: CHECK_ID,
        subject,
        status: "UNKNOWN",
        message: describeUnreadable(`The Talos version of ${target.name}`, versionErrors),
        evidence: [summary, ...errorEvidence(versionErrors)],
      });
      continue;
    }
    const own = version.release;
    const top = newest.version.release;
    const evidence = [version.evidence, summary];
    const versus = `the cluster's newest ${top.tag} (on ${newest.target.name})`;
    let status: CheckResult["status"];
    let message: string;
    if (compareTalosReleases(own, top) === 0) {
      status = unknownCount > 0 ? "UNKNOWN" : "PASS";
      message =
        unknownCount > 0
          ? `${target.name} runs the newest Talos release seen (${own.tag}), but the version of ${unknownCount} other node(s) is unknown.`
          : entries.length === 1
            ? `${target.name} is the only Talos node (${own.tag}).`
            : `${target.name} runs Talos ${own.tag}, the newest release in the cluster.`;
    } else if (own.major !== top.major || own.minor !== top.minor) {
      status = "FAIL";
      message = `${target.name} runs Talos ${own.tag}, a minor release behind ${versus}.`;
    } else {
      status = "WARN";
      message = `${target.name} runs Talos ${own.tag}, an older patch than ${versus}: finish the rolling upgrade.`;
    }
    results.set(target, { checkId: CHECK_ID, subject, status, message, evidence });
  }
  return results;
}

function judgeOtherNodes(targets: NodeTarget[], kind: string): Map<NodeTarget, CheckResult> {
  const describeOs = (target: NodeTarget) =>
    target.kube?.osImage ? `${target.kube.osImage}, kernel ${target.kube.kernelVersion ?? "unknown"}` : null;
  const releases = new Set(targets.map(describeOs).filter((os): os is string => os !== null));
  const hasUnknown = targets.some((target) => describeOs(target) === null);
  const summary: EvidenceItem = {
    source: "kubernetes.nodes[*].osImage",
    value: Object.fromEntries(targets.map((target) => [target.name, describeOs(target)])),
    note: "OS image and kernel per node; null: unknown",
  };
  const results = new Map<NodeTarget, CheckResult>();
  for (const target of targets) {
    const subject = { kind: "node" as const, name: target.name };
    const os = describeOs(target);
    const evidence = [
      { source: `${target.path}.osImage`, value: target.kube?.osImage ?? null },
      { source: `${target.path}.kernelVersion`, value: target.kube?.kernelVersion ?? null },
      summary,
    ];
    let status: CheckResult["status"];
    let message: string;
    if (os === null) {
      status = "UNKNOWN";
      message = `${target.name} reports no OS image.`;
    } else if (releases.size > 1) {
      status = "WARN";
      message = `${target.name} runs ${os}, while other nodes run ${[...releases].filter((other) => other !== os).join("; ")}: Lotse cannot order these releases, so check which nodes lag.`;
    } else if (hasUnknown) {
      status = "UNKNOWN";
      message = `${target.name} runs ${os}, but other nodes report no OS image.`;
    } else {
      status = "PASS";
      message =
        targets.length === 1
          ? `${target.name} (${os}) is the only one of the cluster's ${kind}; there is nothing to compare.`
          : `All ${targets.length} ${kind} run ${os}.`;
    }
    results.set(target, { checkId: CHECK_ID, subject, status, message, evidence });
  }
  return results;
}
