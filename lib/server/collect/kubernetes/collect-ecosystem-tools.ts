import type { KubeEcosystem } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  KASTEN_ACTIONS_GROUP,
  KASTEN_CONFIG_GROUP,
  KUBEWARDEN_GROUP,
  RATIFY_GROUP,
  SECRETS_STORE_CSI_GROUP,
} from "./kube-resource-plan";
import { listOptionalPart, mergeServedParts, type PartContext } from "./list-kube-part";
import { mapKastenAction } from "./map-kasten-action";
import { mapKastenPolicy } from "./map-kasten-policy";
import { mapKubewardenPolicy } from "./map-kubewarden-policy";
import { mapRatifyResource } from "./map-ratify-resource";
import { mapSecretProviderClass } from "./map-secret-provider-class";
import { summarizeKastenPolicies } from "./summarize-kasten-policies";

type EcosystemTools = Pick<
  KubeEcosystem,
  "kastenPolicies" | "kubewardenPolicies" | "ratifyResources" | "secretProviderClasses"
>;

/**
 * Kasten K10 (policies and their RunActions/BackupActions), Kubewarden and Ratify policies, and
 * Secrets Store CSI SecretProviderClasses, each listed only when discovery says its CRD is served.
 * K10's actions are reduced to each policy's newest and newest successful run before anything
 * else sees them.
 */
export async function collectEcosystemTools(context: PartContext): Promise<EcosystemTools> {
  const [
    kastenPolicies,
    runActions,
    backupActions,
    clusterAdmissionPolicies,
    admissionPolicies,
    ratifyVerifiers,
    ratifyStores,
    secretProviderClasses,
  ] = await Promise.all([
    listOptionalPart(context, { group: KASTEN_CONFIG_GROUP, resource: "policies", mapItem: mapKastenPolicy }),
    listOptionalPart(context, {
      group: KASTEN_ACTIONS_GROUP,
      resource: "runactions",
      mapItem: (raw) => mapKastenAction(raw, "RunAction"),
    }),
    listOptionalPart(context, {
      group: KASTEN_ACTIONS_GROUP,
      resource: "backupactions",
      mapItem: (raw) => mapKastenAction(raw, "BackupAction"),
    }),
    listOptionalPart(context, {
      group: KUBEWARDEN_GROUP,
      resource: "clusteradmissionpolicies",
      mapItem: (raw) => mapKubewardenPolicy(raw, "ClusterAdmissionPolicy"),
    }),
    listOptionalPart(context, {
      group: KUBEWARDEN_GROUP,
      resource: "admissionpolicies",
      mapItem: (raw) => mapKubewardenPolicy(raw, "AdmissionPolicy"),
    }),
    listOptionalPart(context, {
      group: RATIFY_GROUP,
      resource: "verifiers",
      mapItem: (raw) => mapRatifyResource(raw, "Verifier"),
    }),
    listOptionalPart(context, {
      group: RATIFY_GROUP,
      resource: "stores",
      mapItem: (raw) => mapRatifyResource(raw, "Store"),
    }),
    listOptionalPart(context, {
      group: SECRETS_STORE_CSI_GROUP,
      resource: "secretproviderclasses",
      mapItem: mapSecretProviderClass,
    }),
  ]);
  const actions = mergeServedParts([runActions, backupActions]);
  return {
    kastenPolicies: {
      isServed: kastenPolicies.isServed,
      // Without the actions a policy's outcome is unknown: keep the policies, carry the errors.
      data:
        kastenPolicies.data === null
          ? null
          : summarizeKastenPolicies({ policies: kastenPolicies.data, actions: actions.data ?? [] }),
      errors: [...kastenPolicies.errors, ...actions.errors],
    },
    kubewardenPolicies: mergeServedParts([clusterAdmissionPolicies, admissionPolicies]),
    ratifyResources: mergeServedParts([ratifyVerifiers, ratifyStores]),
    secretProviderClasses,
  };
}
