import type { KubeObject } from "@/lib/sim/model";
import { INTERNAL_REGISTRY } from "./app-catalog";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { createAdmissionHelpers } from "./create-admission-helpers";

/**
 * Sigstore's policy-controller: its CRD, a ClusterImagePolicy for the internal registry, and
 * webhooks scoped to namespaces labelled `policy.sigstore.dev/include=true` (opt-in).
 */
export function buildSigstoreObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { factory } = context;
  const objects: KubeObject[] = [];
  if (!context.spec.admission.sigstorePolicyController) return objects;
  const { caBundle, publicKey, webhook } = createAdmissionHelpers({ context, objects });
  const created = createdBetween({ context, key: "sigstore", fromDays: 5, toDays: 30 });
  objects.push(
    buildCrd({
      factory,
      created,
      group: "policy.sigstore.dev",
      kind: "ClusterImagePolicy",
      plural: "clusterimagepolicies",
      scope: "Cluster",
      versions: ["v1alpha1", "v1beta1"],
      storageVersion: "v1alpha1",
      categories: ["all", "sigstore"],
    }),
  );
  objects.push({
    apiVersion: "policy.sigstore.dev/v1beta1",
    kind: "ClusterImagePolicy",
    metadata: {
      ...factory.meta({ kind: "ClusterImagePolicy", name: "port-authority-signed-images", created }),
      generation: 1,
    },
    spec: {
      mode: "enforce",
      images: [{ glob: `${INTERNAL_REGISTRY}/**` }],
      authorities: [
        {
          name: "harbor-cosign-key",
          key: { data: publicKey, hashAlgorithm: "sha256" },
          ctlog: { url: "https://rekor.sigstore.dev" },
        },
      ],
    },
  });
  const included = { matchExpressions: [{ key: "policy.sigstore.dev/include", operator: "In", values: ["true"] }] };
  const service = { service: { name: "webhook", namespace: "cosign-system", port: 443 }, caBundle };
  const podRules = [
    {
      apiGroups: ["", "apps", "batch"],
      apiVersions: ["*"],
      operations: ["CREATE", "UPDATE"],
      resources: ["pods", "deployments", "statefulsets", "daemonsets", "replicasets", "jobs", "cronjobs"],
      scope: "Namespaced",
    },
  ];
  webhook("ValidatingWebhookConfiguration", "policy.sigstore.dev", created, [
    {
      name: "policy.sigstore.dev",
      clientConfig: service,
      namespaceSelector: included,
      rules: podRules,
      sideEffects: "None",
    },
  ]);
  webhook("MutatingWebhookConfiguration", "policy.sigstore.dev", created, [
    {
      name: "policy.sigstore.dev",
      clientConfig: service,
      namespaceSelector: included,
      rules: podRules,
      sideEffects: "None",
    },
  ]);
  return objects;
}
