import { hashHex } from "../hash-key";
import { toNameAlphabet } from "./to-name-alphabet";
import type { WorkloadKit } from "./create-workload-kit";

/** A DaemonSet with one pod on every node it may run on. */
export function renderDaemonSet({ kit }: { kit: WorkloadKit }): void {
  const { template, key, selector, labels, controllerMeta, owner, podTemplate, eligible, objects, pods, suffix } = kit;
  const revisionHash = toNameAlphabet({ hex: hashHex({ key: `ds:${key}`, length: 20 }), length: 10 });
  const count = eligible.length;
  objects.push({
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      ...controllerMeta,
      generation: 1,
      annotations: { "deprecated.daemonset.template.generation": "1", ...template.annotations },
    },
    spec: {
      selector: { matchLabels: selector },
      template: podTemplate,
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
    },
    status: {
      observedGeneration: 1,
      currentNumberScheduled: count,
      desiredNumberScheduled: count,
      numberAvailable: count,
      numberMisscheduled: 0,
      numberReady: count,
      updatedNumberScheduled: count,
    },
  });
  pods(
    count,
    (index) => `${template.name}-${suffix(`${template.name}:${eligible[index]?.name}`, 5)}`,
    { ...labels, "controller-revision-hash": revisionHash, "pod-template-generation": "1" },
    owner,
    (index) => eligible[index],
  );
}
