import type { KubeObject, SimNode } from "@/lib/sim/model";
import { hashHex, hashKey } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import type { OwnerRef } from "./object-factory";
import { buildPodSpecBase, renderPod, type PodPlacement } from "./render-pod";
import { toNameAlphabet } from "./to-name-alphabet";
import type { WorkloadTemplate } from "./workload-template";

const MINUTE_MS = 60_000;

/**
 * What rendering any workload kind needs: its labels and selector, the controller's metadata and
 * owner reference, the pod template, the nodes its pods may run on, and helpers that add Running
 * pods and derive stable names and placements. Renderers push into `objects`.
 */
export function createWorkloadKit({
  context,
  template,
  placement,
}: {
  context: ClusterBuildContext;
  template: WorkloadTemplate;
  placement: PodPlacement;
}) {
  const app = template.app ?? template.name;
  const selector = { "app.kubernetes.io/name": app };
  const labels = { ...selector, ...template.labels };
  const key = `${template.kind}:${template.namespace}/${template.name}`;
  const controllerMeta = context.factory.meta({
    kind: template.kind,
    name: template.name,
    namespace: template.namespace,
    created: template.created,
    labels,
    annotations: template.annotations,
  });
  const owner: OwnerRef = {
    apiVersion: apiVersionOf(template.kind),
    kind: template.kind,
    name: template.name,
    uid: controllerMeta.uid,
  };
  const podTemplateSpec = buildPodSpecBase({ template, volumeSuffix: "", isControllerTemplate: true });
  const podTemplate = { metadata: { labels }, spec: podTemplateSpec };
  const eligible = eligibleNodes({ context, template });
  const startedAt = new Date(template.created.getTime() + 2 * MINUTE_MS);
  const objects: KubeObject[] = [];
  const pods = (
    count: number,
    names: (index: number) => string,
    podLabels: Record<string, string>,
    podOwner: OwnerRef,
    nodeFor: (index: number) => SimNode | undefined,
  ) => {
    const specBase = buildPodSpecBase({
      template,
      volumeSuffix: hashHex({ key: `vol:${key}:${podOwner.name}`, length: 5 }),
    });
    for (let index = 0; index < count; index += 1) {
      const node = nodeFor(index);
      if (!node) continue;
      const name = names(index);
      objects.push(
        renderPod({
          context,
          template,
          specBase,
          name,
          labels: podLabels,
          owner: podOwner,
          node,
          placement,
          startedAt,
          phase: "Running",
        }),
      );
    }
  };
  const byHash = (name: string) =>
    eligible[
      hashKey({ key: `place:${context.spec.seed}:${template.namespace}/${name}` })[0] % Math.max(1, eligible.length)
    ];
  const suffix = (name: string, length: number) =>
    toNameAlphabet({
      hex: hashHex({ key: `suffix:${context.spec.seed}:${template.namespace}/${name}`, length: length * 2 }),
      length,
    });

  return {
    context,
    template,
    placement,
    key,
    selector,
    labels,
    controllerMeta,
    owner,
    podTemplate,
    podTemplateSpec,
    eligible,
    startedAt,
    objects,
    pods,
    byHash,
    suffix,
  };
}

export type WorkloadKit = ReturnType<typeof createWorkloadKit>;

function eligibleNodes({ context, template }: { context: ClusterBuildContext; template: WorkloadTemplate }): SimNode[] {
  if (template.pod.onControlPlane) return context.nodes.filter((node) => node.role === "controlplane");
  const workers = context.nodes.filter((node) => node.role === "worker");
  // DaemonSets of the platform tolerate everything and run on every node.
  if (
    template.kind === "DaemonSet" &&
    template.pod.tolerations?.some((toleration) => toleration.operator === "Exists" && !toleration.key)
  )
    return context.nodes;
  return workers.length > 0 ? workers : context.nodes;
}

function apiVersionOf(kind: WorkloadTemplate["kind"]): string {
  return kind === "CronJob" || kind === "Job" ? "batch/v1" : "apps/v1";
}
