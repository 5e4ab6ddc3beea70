import type { KubeEcosystem } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  ARGO_GROUP,
  CALICO_GROUP,
  CILIUM_GROUP,
  EXTERNAL_SECRETS_GROUP,
  FLUX_HELM_GROUP,
  FLUX_KUSTOMIZE_GROUP,
  SEALED_SECRETS_GROUP,
  TRIVY_GROUP,
  VELERO_GROUP,
} from "./kube-resource-plan";
import { collectEcosystemTools } from "./collect-ecosystem-tools";
import { listOptionalPart, mergeServedParts, type PartContext } from "./list-kube-part";
import { mapCalicoPolicy } from "./map-calico-policy";
import { mapCiliumPolicy } from "./map-cilium-policy";
import { mapExternalSecret, mapSecretStore } from "./map-external-secrets";
import { mapArgoApplication, mapFluxObject } from "./map-gitops-application";
import { mapObjectMetadataSummary } from "./map-object-metadata-summary";
import { mapVeleroBackup } from "./map-velero-backup";
import { mapVulnerabilityReport } from "./map-vulnerability-report";
import { mapVeleroSchedule } from "./map-velero-schedule";
import { summarizeVeleroSchedules } from "./summarize-velero-schedules";

/**
 * The ecosystem tools' custom resources, each listed only when discovery says its CRD is served
 * (an absent tool is `isServed: false`, not an error). Velero Backups are reduced to the newest
 * and newest successful one per Schedule before anything else sees them; the tools of
 * collectEcosystemTools (Kasten K10, Kubewarden, Ratify, Secrets Store CSI) are read alongside.
 */
export async function collectEcosystem(context: PartContext): Promise<KubeEcosystem> {
  const tools = collectEcosystemTools(context);
  const [
    schedules,
    backups,
    ciliumPolicies,
    ciliumClusterPolicies,
    calicoPolicies,
    calicoGlobalPolicies,
    externalSecrets,
    secretStores,
    clusterSecretStores,
    sealedSecrets,
    argoApplications,
    fluxKustomizations,
    fluxHelmReleases,
    vulnerabilityReports,
  ] = await Promise.all([
    listOptionalPart(context, { group: VELERO_GROUP, resource: "schedules", mapItem: mapVeleroSchedule }),
    listOptionalPart(context, { group: VELERO_GROUP, resource: "backups", mapItem: mapVeleroBackup }),
    listOptionalPart(context, {
      group: CILIUM_GROUP,
      resource: "ciliumnetworkpolicies",
      mapItem: (raw) => mapCiliumPolicy(raw, "CiliumNetworkPolicy"),
    }),
    listOptionalPart(context, {
      group: CILIUM_GROUP,
      resource: "ciliumclusterwidenetworkpolicies",
      mapItem: (raw) => mapCiliumPolicy(raw, "CiliumClusterwideNetworkPolicy"),
    }),
    listOptionalPart(context, {
      group: CALICO_GROUP,
      resource: "networkpolicies",
      mapItem: (raw) => mapCalicoPolicy(raw, "CalicoNetworkPolicy"),
    }),
    listOptionalPart(context, {
      group: CALICO_GROUP,
      resource: "globalnetworkpolicies",
      mapItem: (raw) => mapCalicoPolicy(raw, "CalicoGlobalNetworkPolicy"),
    }),
    listOptionalPart(context, {
      group: EXTERNAL_SECRETS_GROUP,
      resource: "externalsecrets",
      mapItem: mapExternalSecret,
    }),
    listOptionalPart(context, {
      group: EXTERNAL_SECRETS_GROUP,
      resource: "secretstores",
      mapItem: (raw) => mapSecretStore(raw, "SecretStore"),
    }),
    listOptionalPart(context, {
      group: EXTERNAL_SECRETS_GROUP,
      resource: "clustersecretstores",
      mapItem: (raw) => mapSecretStore(raw, "ClusterSecretStore"),
    }),
    // Note: metadata-only, like Secrets: a SealedSecret's encrypted data is never downloaded.
    listOptionalPart(context, {
      group: SEALED_SECRETS_GROUP,
      resource: "sealedsecrets",
      mapItem: (raw) => {
        const summary = mapObjectMetadataSummary(raw);
        return summary.ok
          ? { ok: true, value: { namespace: summary.value.namespace, name: summary.value.name } }
          : summary;
      },
      representation: "metadata",
    }),
    listOptionalPart(context, { group: ARGO_GROUP, resource: "applications", mapItem: mapArgoApplication }),
    listOptionalPart(context, {
      group: FLUX_KUSTOMIZE_GROUP,
      resource: "kustomizations",
      mapItem: (raw) => mapFluxObject(raw, "Kustomization"),
    }),
    listOptionalPart(context, {
      group: FLUX_HELM_GROUP,
      resource: "helmreleases",
      mapItem: (raw) => mapFluxObject(raw, "HelmRelease"),
    }),
    listOptionalPart(context, {
      group: TRIVY_GROUP,
      resource: "vulnerabilityreports",
      mapItem: mapVulnerabilityReport,
    }),
  ]);
  return {
    veleroSchedules: {
      isServed: schedules.isServed,
      // Without the backups a schedule's outcome is unknown: keep the schedules, carry the errors.
      data:
        schedules.data === null
          ? null
          : summarizeVeleroSchedules({ schedules: schedules.data, backups: backups.data ?? [] }),
      errors: [...schedules.errors, ...backups.errors],
    },
    ciliumPolicies: mergeServedParts([ciliumPolicies, ciliumClusterPolicies]),
    calicoPolicies: mergeServedParts([calicoPolicies, calicoGlobalPolicies]),
    externalSecrets,
    secretStores: mergeServedParts([secretStores, clusterSecretStores]),
    sealedSecrets,
    gitOpsApplications: mergeServedParts([argoApplications, fluxKustomizations, fluxHelmReleases]),
    vulnerabilityReports,
    ...(await tools),
  };
}
