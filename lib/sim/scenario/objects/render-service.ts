import type { KubeObject } from "@/lib/sim/model";
import { hashKey } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import type { WorkloadTemplate } from "./workload-template";

/** A ClusterIP Service selecting the workload's pods, with a stable cluster IP from 10.96.0.0/12. */
export function renderService({
  context,
  template,
  selector,
  labels,
}: {
  context: ClusterBuildContext;
  template: WorkloadTemplate;
  selector: Record<string, string>;
  labels: Record<string, string>;
}): KubeObject {
  const [a = 0, b = 0] = hashKey({ key: `svc:${context.spec.seed}:${template.namespace}/${template.name}` });
  const clusterIp = `10.${96 + (a % 16)}.${b % 256}.${((a >>> 8) % 254) + 1}`;
  const ports = template.pod.containers
    .flatMap((container) => container.ports ?? [])
    .map((port) => ({
      name: port.name ?? `tcp-${port.containerPort}`,
      port: port.containerPort,
      protocol: port.protocol ?? "TCP",
      targetPort: port.containerPort,
    }));
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: context.factory.meta({
      kind: "Service",
      name: template.name,
      namespace: template.namespace,
      created: template.created,
      labels,
    }),
    spec: {
      type: "ClusterIP",
      clusterIP: clusterIp,
      clusterIPs: [clusterIp],
      ipFamilies: ["IPv4"],
      ipFamilyPolicy: "SingleStack",
      internalTrafficPolicy: "Cluster",
      sessionAffinity: "None",
      selector,
      ports,
    },
    status: { loadBalancer: {} },
  };
}
