import type { KubeObject } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import type { NamespacePlan } from "./plan-namespaces";

/** The namespaces every cluster has before anyone deploys anything. */
export const SYSTEM_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system"];

/**
 * Namespace objects with their PSA labels, plus what Kubernetes puts into every namespace: the
 * `default` ServiceAccount and the `kube-root-ca.crt` ConfigMap.
 */
export function buildNamespaceObjects({
  context,
  namespaces,
  sigstoreIncluded,
}: {
  context: ClusterBuildContext;
  namespaces: NamespacePlan[];
  /** Namespaces labelled for Sigstore's policy-controller (it is opt-in per namespace). */
  sigstoreIncluded: Set<string>;
}): KubeObject[] {
  const objects: KubeObject[] = [];
  const caData = `-----BEGIN CERTIFICATE-----\nMIIBLOTSESIM${hashHex({ key: `ca:${context.spec.seed}`, length: 32 })}\n-----END CERTIFICATE-----\n`;
  for (const plan of namespaces) {
    const isSystem = SYSTEM_NAMESPACES.includes(plan.name);
    const created = isSystem
      ? context.createdAt
      : createdBetween({ context, key: `ns:${plan.name}`, fromDays: 1, toDays: 60 });
    const labels: Record<string, string> = { "kubernetes.io/metadata.name": plan.name, ...plan.labels };
    if (plan.psa !== "none") {
      labels["pod-security.kubernetes.io/enforce"] = plan.psa;
      labels["pod-security.kubernetes.io/enforce-version"] = "latest";
      labels["pod-security.kubernetes.io/audit"] = "restricted";
      labels["pod-security.kubernetes.io/warn"] = "restricted";
    }
    if (sigstoreIncluded.has(plan.name)) labels["policy.sigstore.dev/include"] = "true";
    objects.push({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: context.factory.meta({ kind: "Namespace", name: plan.name, created, labels }),
      spec: { finalizers: ["kubernetes"] },
      status: { phase: "Active" },
    });
    objects.push({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: context.factory.meta({ kind: "ServiceAccount", name: "default", namespace: plan.name, created }),
    });
    objects.push({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: context.factory.meta({
        kind: "ConfigMap",
        name: "kube-root-ca.crt",
        namespace: plan.name,
        created,
        annotations: {
          "kubernetes.io/description":
            "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.",
        },
      }),
      data: { "ca.crt": caData },
    });
  }
  return objects;
}
