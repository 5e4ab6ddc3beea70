import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { buildGitOpsObjects } from "./build-gitops-objects";
import { buildKastenObjects } from "./build-kasten-objects";
import { buildSecretToolObjects } from "./build-secret-tool-objects";
import { buildVaultCsiObjects } from "./build-vault-csi-objects";
import { buildVeleroObjects } from "./build-velero-objects";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";

/**
 * The ecosystem tools' custom resources the scenario asks for (`tools`): Velero's schedule and
 * backups, Kasten K10's policy and runs, the CNI's policy CRDs (Cilium, Calico), a Kyverno
 * `generate` policy that gives every new namespace a default-deny NetworkPolicy, secret
 * management (External Secrets, Sealed Secrets, the Vault CSI provider) and GitOps (Argo CD, Flux).
 */
export function buildEcosystemObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  return [
    ...buildVeleroObjects({ context }),
    ...buildKastenObjects({ context }),
    ...buildCniCrds({ context }),
    ...buildKyvernoGeneratePolicy({ context }),
    ...buildSecretToolObjects({ context }),
    ...buildVaultCsiObjects({ context }),
    ...buildGitOpsObjects({ context }),
  ];
}

function buildCniCrds({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const isCalico = spec.tools.cni === "calico" || (spec.tools.cni === "platform" && spec.profile.startsWith("kubeadm"));
  const created = createdBetween({ context, key: "cni-crds", fromDays: 0, toDays: 1 });
  const crd = (group: string, kind: string, plural: string, scope: "Cluster" | "Namespaced", version: string) =>
    buildCrd({ factory, created, group, kind, plural, scope, versions: [version], storageVersion: version });
  if (spec.tools.cni === "cilium") {
    return [
      crd("cilium.io", "CiliumNetworkPolicy", "ciliumnetworkpolicies", "Namespaced", "v2"),
      crd("cilium.io", "CiliumClusterwideNetworkPolicy", "ciliumclusterwidenetworkpolicies", "Cluster", "v2"),
    ];
  }
  if (isCalico) {
    return [
      crd("crd.projectcalico.org", "NetworkPolicy", "networkpolicies", "Namespaced", "v1"),
      crd("crd.projectcalico.org", "GlobalNetworkPolicy", "globalnetworkpolicies", "Cluster", "v1"),
    ];
  }
  return [];
}

function buildKyvernoGeneratePolicy({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  if (!spec.tools.kyvernoGenerateDefaultDeny || spec.admission.kyverno === "off") return [];
  const created = createdBetween({ context, key: "kyverno-generate", fromDays: 5, toDays: 30 });
  return [
    {
      apiVersion: "kyverno.io/v1",
      kind: "ClusterPolicy",
      metadata: {
        ...factory.meta({
          kind: "ClusterPolicy",
          name: "add-default-deny-networkpolicy",
          created,
          annotations: { "policies.kyverno.io/title": "Add Default Deny NetworkPolicy" },
        }),
        generation: 1,
      },
      spec: {
        rules: [
          {
            name: "default-deny",
            match: { any: [{ resources: { kinds: ["Namespace"] } }] },
            generate: {
              apiVersion: "networking.k8s.io/v1",
              kind: "NetworkPolicy",
              name: "default-deny-all",
              namespace: "{{request.object.metadata.name}}",
              synchronize: true,
              generateExisting: true,
              data: { spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } },
            },
          },
        ],
      },
      status: { ready: true, rulecount: { generate: 1, mutate: 0, validate: 0, verifyimages: 0 } },
    },
  ];
}
