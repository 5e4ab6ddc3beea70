import { hashHex } from "../hash-key";
import { toNameAlphabet } from "./to-name-alphabet";
import type { WorkloadKit } from "./create-workload-kit";

/** A StatefulSet with ordinal pods and a bound PersistentVolumeClaim per replica. */
export function renderStatefulSet({ kit }: { kit: WorkloadKit }): void {
  const {
    context,
    template,
    key,
    selector,
    labels,
    controllerMeta,
    owner,
    podTemplate,
    startedAt,
    objects,
    pods,
    byHash,
  } = kit;
  const replicas = template.replicas ?? 1;
  const revision = `${template.name}-${toNameAlphabet({ hex: hashHex({ key: `sts:${key}`, length: 20 }), length: 10 })}`;
  objects.push({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { ...controllerMeta, generation: 1 },
    spec: {
      replicas,
      serviceName: template.name,
      selector: { matchLabels: selector },
      template: podTemplate,
      podManagementPolicy: "OrderedReady",
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
      volumeClaimTemplates: [
        {
          apiVersion: "v1",
          kind: "PersistentVolumeClaim",
          metadata: { name: "data" },
          spec: {
            accessModes: ["ReadWriteOnce"],
            resources: { requests: { storage: "10Gi" } },
            volumeMode: "Filesystem",
          },
        },
      ],
    },
    status: {
      observedGeneration: 1,
      replicas,
      readyReplicas: replicas,
      currentReplicas: replicas,
      updatedReplicas: replicas,
      availableReplicas: replicas,
      currentRevision: revision,
      updateRevision: revision,
      collisionCount: 0,
    },
  });
  for (let index = 0; index < replicas; index += 1) {
    const claim = `data-${template.name}-${index}`;
    objects.push({
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: context.factory.meta({
        kind: "PersistentVolumeClaim",
        name: claim,
        namespace: template.namespace,
        created: startedAt,
        labels: selector,
      }),
      spec: {
        accessModes: ["ReadWriteOnce"],
        resources: { requests: { storage: "10Gi" } },
        storageClassName: "standard",
        volumeMode: "Filesystem",
        volumeName: `pvc-${context.factory.uid(`PersistentVolumeClaim:${template.namespace}/${claim}`)}`,
      },
      status: { phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "10Gi" } },
    });
  }
  pods(
    replicas,
    (index) => `${template.name}-${index}`,
    { ...labels, "controller-revision-hash": revision },
    owner,
    (index) => byHash(`${template.name}-${index}`),
  );
}
