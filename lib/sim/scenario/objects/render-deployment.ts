import { hashHex } from "../hash-key";
import { formatKubeTime, type OwnerRef } from "./object-factory";
import { toNameAlphabet } from "./to-name-alphabet";
import type { WorkloadKit } from "./create-workload-kit";

/** A Deployment with its current ReplicaSet and pods, and one old, scaled-down ReplicaSet (revision 1). */
export function renderDeployment({ kit }: { kit: WorkloadKit }): void {
  const {
    context,
    template,
    key,
    selector,
    labels,
    controllerMeta,
    owner,
    podTemplate,
    podTemplateSpec,
    startedAt,
    objects,
    pods,
    byHash,
    suffix,
  } = kit;
  const replicas = template.replicas ?? 1;
  const currentHash = toNameAlphabet({ hex: hashHex({ key: `rs:${key}:2`, length: 20 }), length: 10 });
  const oldHash = toNameAlphabet({ hex: hashHex({ key: `rs:${key}:1`, length: 20 }), length: 10 });
  objects.push({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      ...controllerMeta,
      generation: 2,
      annotations: { "deployment.kubernetes.io/revision": "2", ...template.annotations },
    },
    spec: {
      replicas,
      selector: { matchLabels: selector },
      template: podTemplate,
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: 2,
      replicas,
      updatedReplicas: replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
      conditions: [
        {
          type: "Available",
          status: "True",
          reason: "MinimumReplicasAvailable",
          message: "Deployment has minimum availability.",
          lastUpdateTime: formatKubeTime({ time: startedAt }),
          lastTransitionTime: formatKubeTime({ time: startedAt }),
        },
        {
          type: "Progressing",
          status: "True",
          reason: "NewReplicaSetAvailable",
          message: `ReplicaSet "${template.name}-${currentHash}" has successfully progressed.`,
          lastUpdateTime: formatKubeTime({ time: startedAt }),
          lastTransitionTime: formatKubeTime({ time: template.created }),
        },
      ],
    },
  });
  for (const [revision, hash, count] of [
    [1, oldHash, 0],
    [2, currentHash, replicas],
  ] as const) {
    const rsName = `${template.name}-${hash}`;
    const rsLabels = { ...labels, "pod-template-hash": hash };
    const rsMeta = context.factory.meta({
      kind: "ReplicaSet",
      name: rsName,
      namespace: template.namespace,
      created: revision === 1 ? template.created : startedAt,
      labels: rsLabels,
      annotations: {
        "deployment.kubernetes.io/desired-replicas": String(replicas),
        "deployment.kubernetes.io/max-replicas": String(replicas + Math.ceil(replicas / 4)),
        "deployment.kubernetes.io/revision": String(revision),
      },
      owner,
    });
    objects.push({
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: { ...rsMeta, generation: revision === 1 ? 2 : 1 },
      spec: {
        replicas: count,
        selector: { matchLabels: { ...selector, "pod-template-hash": hash } },
        template: { metadata: { labels: rsLabels }, spec: podTemplateSpec },
      },
      status:
        count === 0
          ? { observedGeneration: 2, replicas: 0 }
          : {
              observedGeneration: 1,
              replicas: count,
              fullyLabeledReplicas: count,
              readyReplicas: count,
              availableReplicas: count,
            },
    });
    const rsOwner: OwnerRef = { apiVersion: "apps/v1", kind: "ReplicaSet", name: rsName, uid: rsMeta.uid };
    pods(
      count,
      (index) => `${rsName}-${suffix(`${rsName}:${index}`, 5)}`,
      rsLabels,
      rsOwner,
      (index) => byHash(`${rsName}:${index}`),
    );
  }
}
