import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext } from "../../../evaluator-types";
import type { BackupVerdict as Verdict } from "./velero-schedules";

/** Falco itself, not falcosidekick or the exporter: by DaemonSet name or the falcosecurity/falco image. */
const FALCO = /(^|\/)falco(:|@|$)/;

export function isFalcoDaemonSet(workload: KubeWorkload): boolean {
  return (
    workload.kind === "DaemonSet" &&
    (workload.name === "falco" || workload.containers.some((container) => FALCO.test(container.image ?? "")))
  );
}

/**
 * Runtime detection with Falco: its DaemonSet ready on every node (numberReady against the node
 * count, so a DaemonSet that skips tainted control planes shows as a gap) and a rules ConfigMap in
 * its namespace → PASS; fewer nodes or no rules ConfigMap → WARN. Null when no Falco DaemonSet runs:
 * its absence is no finding of its own (the remediation names it).
 */
export function judgeFalcoCoverage({ snapshot }: Pick<EvaluationContext, "snapshot">): Verdict | null {
  const { workloads, nodes, configMaps } = snapshot.kubernetes;
  const falco = (workloads.data ?? []).find(isFalcoDaemonSet);
  if (!falco) return null;
  const label = `DaemonSet ${falco.namespace}/${falco.name}`;
  const ready = falco.daemonSet?.numberReady ?? null;
  const desired = falco.daemonSet?.desiredNumberScheduled ?? null;
  const nodeCount = nodes.data?.length ?? null;
  const rules = (configMaps.data ?? [])
    .filter((configMap) => configMap.namespace === falco.namespace && /rules/.test(configMap.name))
    .map((configMap) => `${configMap.namespace}/${configMap.name}`);
  const evidence = [
    {
      source: `kubernetes.workloads[DaemonSet ${falco.namespace}/${falco.name}].status`,
      value: { desiredNumberScheduled: desired, numberReady: ready, nodes: nodeCount },
      note: "Falco runtime detection: ready pods against the cluster's nodes",
    },
    {
      source: `kubernetes.configMaps[${falco.namespace}/*rules*]`,
      value: rules,
      note: "Falco rules ConfigMaps (the default rules ship in the image; custom rules come from these)",
    },
  ];
  if (ready === null || nodeCount === null) {
    return { status: "UNKNOWN", message: `${label} runs, but its coverage of the nodes is not known.`, evidence };
  }
  const coverage = `Falco (${label}) is ready on ${ready} of ${nodeCount} nodes`;
  if (ready < nodeCount) {
    return {
      status: "WARN",
      message: `${coverage}${desired !== null && desired < nodeCount ? ` (it is scheduled on ${desired} only: a toleration for the control-plane taint is missing)` : ""}, so syscalls on the others are not watched.`,
      evidence,
    };
  }
  if (rules.length === 0) {
    return {
      status: "WARN",
      message: `${coverage}, but no rules ConfigMap was found in ${falco.namespace}: only the image's default rules apply.`,
      evidence,
    };
  }
  return { status: "PASS", message: `${coverage}, with rules from ${rules.join(", ")}.`, evidence };
}
