import type { KubeObject } from "@/lib/sim/model";
import { INTERNAL_REGISTRY } from "./app-catalog";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { createAdmissionHelpers } from "./create-admission-helpers";
import type { WorkloadTemplate } from "./workload-template";

export const KUBEWARDEN_NAMESPACE = "kubewarden";
const POLICY = "verify-image-signatures";

/**
 * Kubewarden (`admission.kubewarden`): its CRDs, the default PolicyServer, and a
 * ClusterAdmissionPolicy running the verify-image-signatures module for the internal registry in
 * the scenario's mode (protect or monitor), with the webhooks the controller registers for it
 * (named `clusterwide-<policy>`, failurePolicy Fail as Kubewarden sets it).
 */
export function buildKubewardenObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const mode = spec.admission.kubewarden;
  const objects: KubeObject[] = [];
  if (mode === "off") return objects;
  const { caBundle, publicKey, webhook } = createAdmissionHelpers({ context, objects });
  const created = createdBetween({ context, key: "kubewarden", fromDays: 5, toDays: 30 });
  const crd = (kind: string, plural: string, scope: "Cluster" | "Namespaced") =>
    buildCrd({
      factory,
      created,
      group: "policies.kubewarden.io",
      kind,
      plural,
      scope,
      versions: ["v1"],
      storageVersion: "v1",
      categories: ["kubewarden"],
    });
  objects.push(
    crd("ClusterAdmissionPolicy", "clusteradmissionpolicies", "Cluster"),
    crd("AdmissionPolicy", "admissionpolicies", "Namespaced"),
    crd("PolicyServer", "policyservers", "Cluster"),
    {
      apiVersion: "policies.kubewarden.io/v1",
      kind: "PolicyServer",
      metadata: factory.meta({ kind: "PolicyServer", name: "default", created }),
      spec: { image: "ghcr.io/kubewarden/policy-server:v1.27.0", replicas: 1 },
    },
    {
      apiVersion: "policies.kubewarden.io/v1",
      kind: "ClusterAdmissionPolicy",
      metadata: { ...factory.meta({ kind: "ClusterAdmissionPolicy", name: POLICY, created }), generation: 1 },
      spec: {
        module: "registry://ghcr.io/kubewarden/policies/verify-image-signatures:v0.3.0",
        mode,
        mutating: true,
        policyServer: "default",
        rules: [{ apiGroups: [""], apiVersions: ["v1"], resources: ["pods"], operations: ["CREATE", "UPDATE"] }],
        settings: {
          signatures: [{ image: `${INTERNAL_REGISTRY}/*`, pubKeys: [publicKey] }],
          modifyImagesWithDigest: true,
        },
      },
      status: { policyStatus: "active", mode },
    },
  );
  const hook = {
    name: `clusterwide-${POLICY}.kubewarden.admission`,
    clientConfig: {
      service: {
        name: "policy-server-default",
        namespace: KUBEWARDEN_NAMESPACE,
        path: `/validate/clusterwide-${POLICY}`,
        port: 8443,
      },
      caBundle,
    },
    rules: [
      { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"], scope: "*" },
    ],
    failurePolicy: "Fail",
    sideEffects: "None",
  };
  webhook("MutatingWebhookConfiguration", `clusterwide-${POLICY}`, created, [hook]);
  return objects;
}

/** Kubewarden's controller and its default policy server. */
export function buildKubewardenWorkloads({ context }: { context: ClusterBuildContext }): WorkloadTemplate[] {
  if (context.spec.admission.kubewarden === "off") return [];
  const created = createdBetween({ context, key: "kubewarden", fromDays: 5, toDays: 30 });
  const restricted = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    readOnlyRootFilesystem: true,
  };
  const deployment = (name: string, image: string): WorkloadTemplate => ({
    kind: "Deployment",
    namespace: KUBEWARDEN_NAMESPACE,
    name,
    serviceAccountName: name,
    replicas: 1,
    created,
    labels: { "app.kubernetes.io/part-of": "kubewarden" },
    pod: {
      securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } },
      containers: [{ name, image, securityContext: restricted }],
    },
  });
  return [
    deployment("kubewarden-controller", "ghcr.io/kubewarden/kubewarden-controller:v1.27.0"),
    deployment("policy-server-default", "ghcr.io/kubewarden/policy-server:v1.27.0"),
  ];
}
