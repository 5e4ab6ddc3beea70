import type { TalosMachineConfig, TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { EvaluationContext } from "../../../evaluator-types";

/** The Talos node behind a control-plane instance (its `node` is the subject name or the Talos node value). */
export function findTalosNode(
  { snapshot }: Pick<EvaluationContext, "snapshot">,
  name: string,
): TalosNodeSnapshot | undefined {
  return snapshot.talos?.nodes.find((node) => node.kubernetesName === name || node.node === name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A nested value of a parsed YAML object, `undefined` when any step is missing. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** The legacy `v1alpha1` document's `cluster` section (Talos ≤ 1.13 configs, and older 1.14 ones). */
export function legacyClusterSection(config: TalosMachineConfig): Record<string, unknown> | null {
  const document = config.documents.find((candidate) => candidate.kind === "v1alpha1");
  const cluster = document ? readPath(document.content, ["cluster"]) : undefined;
  return isRecord(cluster) ? cluster : null;
}

/** The `type` of every list entry, e.g. of `cluster.apiServer.authorizationConfig`. */
export function entryTypes(list: unknown): string[] | null {
  if (!Array.isArray(list)) return null;
  return list.map((entry) => readPath(entry, ["type"])).filter((type): type is string => typeof type === "string");
}
