import type { KubeObject } from "@/lib/sim/model";
import type { ClusterBuildContext } from "./cluster-build-context";
import type { NamespacePlan } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

/**
 * Per namespace with `defaultDeny`: a default-deny policy for both directions (empty pod
 * selector, no rules), DNS egress, and ingress to each service from the gateway namespace's
 * ingress controller, the way teams open up again after denying everything.
 */
export function buildNetworkPolicies({
  context,
  namespaces,
  templates,
}: {
  context: ClusterBuildContext;
  namespaces: NamespacePlan[];
  templates: WorkloadTemplate[];
}): KubeObject[] {
  const objects: KubeObject[] = [];
  const policy = (namespace: string, name: string, created: Date, spec: Record<string, unknown>): KubeObject => ({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: context.factory.meta({
      kind: "NetworkPolicy",
      name,
      namespace,
      created,
      labels: { "app.kubernetes.io/managed-by": "Helm" },
    }),
    spec,
  });
  for (const plan of namespaces.filter((namespace) => namespace.defaultDeny)) {
    const inNamespace = templates.filter((template) => template.namespace === plan.name);
    const created = inNamespace.reduce(
      (earliest, template) => (template.created < earliest ? template.created : earliest),
      context.now,
    );
    objects.push(
      policy(plan.name, "default-deny-all", created, { podSelector: {}, policyTypes: ["Ingress", "Egress"] }),
    );
    objects.push(
      policy(plan.name, "allow-dns-egress", created, {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
                podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
              },
            ],
            ports: [
              { port: 53, protocol: "UDP" },
              { port: 53, protocol: "TCP" },
            ],
          },
        ],
      }),
    );
    for (const template of inNamespace.filter((candidate) => candidate.hasService)) {
      const ports = template.pod.containers
        .flatMap((container) => container.ports ?? [])
        .map((port) => ({ port: port.containerPort, protocol: "TCP" }));
      objects.push(
        policy(plan.name, `allow-${template.name}-ingress`, template.created, {
          podSelector: { matchLabels: { "app.kubernetes.io/name": template.app ?? template.name } },
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ podSelector: {} }], ports }],
        }),
      );
    }
  }
  return objects;
}
