import type { KubeObject } from "@/lib/sim/model";
import type { ClusterBuildContext } from "./cluster-build-context";
import { createWorkloadKit } from "./create-workload-kit";
import { renderDaemonSet } from "./render-daemon-set";
import { renderDeployment } from "./render-deployment";
import { renderJobs } from "./render-jobs";
import type { PodPlacement } from "./render-pod";
import { renderService } from "./render-service";
import { renderStatefulSet } from "./render-stateful-set";
import type { WorkloadTemplate } from "./workload-template";

/**
 * Every object a workload puts into the API: the controller, its ReplicaSets (current and one
 * old, empty), Jobs of a CronJob, the Pods, PVCs of a StatefulSet, and a Service when asked.
 */
export function renderWorkload({
  context,
  template,
  placement,
}: {
  context: ClusterBuildContext;
  template: WorkloadTemplate;
  placement: PodPlacement;
}): KubeObject[] {
  const kit = createWorkloadKit({ context, template, placement });
  const { objects, controllerMeta, owner, podTemplate, labels, selector, byHash } = kit;
  if (template.kind === "Deployment") renderDeployment({ kit });
  else if (template.kind === "StatefulSet") renderStatefulSet({ kit });
  else if (template.kind === "DaemonSet") renderDaemonSet({ kit });
  else
    objects.push(
      ...renderJobs({ context, template, controllerMeta, owner, podTemplate, labels, placement, nodeFor: byHash }),
    );
  if (template.hasService) objects.push(renderService({ context, template, selector, labels }));
  return objects;
}
