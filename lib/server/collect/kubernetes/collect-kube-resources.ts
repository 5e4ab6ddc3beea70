import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type {
  ControlPlanePod,
  KubePod,
  KubernetesSnapshot,
  KubeWorkload,
} from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { collectEcosystem } from "./collect-ecosystem";
import { collectKubeletConfigs } from "./collect-kubelet-configs";
import { collectSecrets } from "./collect-secrets";
import { findEtcdBackupJobs } from "./find-etcd-backup-jobs";
import { GATEKEEPER_CONSTRAINTS_GROUP, KYVERNO_GROUP, SIGSTORE_GROUP } from "./kube-resource-plan";
import { listKubePart, listOptionalPart, mergeParts, mergeServedParts, type PartContext } from "./list-kube-part";
import { mapAdmissionWebhooks } from "./map-admission-webhooks";
import { mapClusterImagePolicy } from "./map-cluster-image-policy";
import { mapConfigMap } from "./map-config-map";
import { mapControlPlanePod } from "./map-control-plane-pod";
import { mapCustomResourceDefinition } from "./map-custom-resource-definition";
import { mapGatekeeperConstraint } from "./map-gatekeeper-constraint";
import { mapKyvernoPolicy } from "./map-kyverno-policy";
import { mapNamespace } from "./map-namespace";
import { mapNetworkPolicy } from "./map-network-policy";
import { mapNode } from "./map-node";
import { mapPod } from "./map-pod";
import { mapRole } from "./map-role";
import { mapRoleBinding } from "./map-role-binding";
import { mapServiceAccount } from "./map-service-account";
import { mapValidatingAdmissionPolicy, mapValidatingAdmissionPolicyBinding } from "./map-validating-admission-policy";
import { mapWorkload } from "./map-workload";
import type { MapResult } from "./parse-raw-object";

const RBAC = "rbac.authorization.k8s.io";
const ADMISSION = "admissionregistration.k8s.io";
/**
 * ConfigMaps per page: one is at most about 1.5 MiB (etcd's request size limit), so a page of 40
 * stays below MAX_PAGE_BYTES whatever they hold.
 */
const CONFIG_MAP_PAGE_SIZE = 40;

/**
 * Every part of the Kubernetes snapshot after /version, read concurrently (the client's limiter
 * bounds what is in flight). Kubelet configurations start as soon as the node list is in.
 * Secrets are listed as the server's metadata table, never with their data (collectSecrets).
 */
export async function collectKubeResources(context: PartContext): Promise<Omit<KubernetesSnapshot, "version">> {
  const core = <T>(resource: string, mapItem: (raw: unknown) => MapResult<T>) =>
    listKubePart(context, { group: "", resource, mapItem });
  const workload = (group: string, resource: string, kind: KubeWorkload["kind"]) =>
    listKubePart(context, { group, resource, mapItem: (raw) => mapWorkload(raw, kind) });
  const nodes = core("nodes", mapNode);
  const kubeletConfigs = nodes.then((part) => collectKubeletConfigs({ client: context.client, nodes: part }));
  const [
    namespaces,
    networkPolicies,
    roles,
    clusterRoles,
    roleBindings,
    clusterRoleBindings,
    serviceAccounts,
    podsAndControlPlane,
    deployments,
    daemonSets,
    statefulSets,
    jobs,
    cronJobs,
    configMaps,
    secrets,
    validatingWebhooks,
    mutatingWebhooks,
    validatingAdmissionPolicies,
    validatingAdmissionPolicyBindings,
    kyvernoPolicies,
    clusterImagePolicies,
    gatekeeperConstraints,
    crds,
    ecosystem,
  ] = await Promise.all([
    core("namespaces", mapNamespace),
    listKubePart(context, { group: "networking.k8s.io", resource: "networkpolicies", mapItem: mapNetworkPolicy }),
    listKubePart(context, { group: RBAC, resource: "roles", mapItem: mapRole }),
    listKubePart(context, { group: RBAC, resource: "clusterroles", mapItem: mapRole }),
    listKubePart(context, { group: RBAC, resource: "rolebindings", mapItem: mapRoleBinding }),
    listKubePart(context, { group: RBAC, resource: "clusterrolebindings", mapItem: mapRoleBinding }),
    core("serviceaccounts", mapServiceAccount),
    core("pods", mapPodWithControlPlane),
    workload("apps", "deployments", "Deployment"),
    workload("apps", "daemonsets", "DaemonSet"),
    workload("apps", "statefulsets", "StatefulSet"),
    workload("batch", "jobs", "Job"),
    workload("batch", "cronjobs", "CronJob"),
    // ConfigMaps are not secret: they are read whole for `immutable`, and mapConfigMap drops their data.
    listKubePart(context, {
      group: "",
      resource: "configmaps",
      mapItem: mapConfigMap,
      maxPageSize: CONFIG_MAP_PAGE_SIZE,
    }),
    collectSecrets(context),
    listKubePart(context, {
      group: ADMISSION,
      resource: "validatingwebhookconfigurations",
      mapItem: mapAdmissionWebhooks,
    }),
    listKubePart(context, {
      group: ADMISSION,
      resource: "mutatingwebhookconfigurations",
      mapItem: mapAdmissionWebhooks,
    }),
    listOptionalPart(context, {
      group: ADMISSION,
      resource: "validatingadmissionpolicies",
      mapItem: mapValidatingAdmissionPolicy,
    }),
    listOptionalPart(context, {
      group: ADMISSION,
      resource: "validatingadmissionpolicybindings",
      mapItem: mapValidatingAdmissionPolicyBinding,
    }),
    collectKyvernoPolicies(context),
    listOptionalPart(context, {
      group: SIGSTORE_GROUP,
      resource: "clusterimagepolicies",
      mapItem: mapClusterImagePolicy,
    }),
    collectGatekeeperConstraints(context),
    listKubePart(context, {
      group: "apiextensions.k8s.io",
      resource: "customresourcedefinitions",
      // Metadata only: full CRDs carry their OpenAPI schemas, often megabytes; the name and discovery say enough.
      mapItem: (raw) => mapCustomResourceDefinition(raw, context.apis),
      representation: "metadata",
    }),
    collectEcosystem(context),
  ]);
  const cronJobsAndJobs = mergeParts([cronJobs, jobs]);
  return {
    nodes: await nodes,
    namespaces,
    networkPolicies,
    roles,
    clusterRoles,
    roleBindings,
    clusterRoleBindings,
    serviceAccounts,
    pods: { data: podsAndControlPlane.data?.map((item) => item.pod) ?? null, errors: podsAndControlPlane.errors },
    workloads: mergeParts([deployments, daemonSets, statefulSets, jobs, cronJobs]),
    configMaps,
    secrets,
    validatingWebhooks: flatten(validatingWebhooks),
    mutatingWebhooks: flatten(mutatingWebhooks),
    validatingAdmissionPolicies,
    validatingAdmissionPolicyBindings,
    kyvernoPolicies,
    clusterImagePolicies,
    gatekeeperConstraints,
    crds,
    etcdBackupJobs: {
      data: cronJobsAndJobs.data === null ? null : findEtcdBackupJobs({ workloads: cronJobsAndJobs.data }),
      errors: cronJobsAndJobs.errors,
    },
    controlPlanePods: {
      data: podsAndControlPlane.data?.flatMap((item) => (item.controlPlane ? [item.controlPlane] : [])) ?? null,
      errors: podsAndControlPlane.errors,
    },
    kubeletConfigs: await kubeletConfigs,
    ...ecosystem,
  };
}

function mapPodWithControlPlane(raw: unknown): MapResult<{ pod: KubePod; controlPlane: ControlPlanePod | null }> {
  const pod = mapPod(raw);
  if (!pod.ok) return pod;
  const controlPlane = mapControlPlanePod(raw);
  if (!controlPlane.ok) return controlPlane;
  return { ok: true, value: { pod: pod.value, controlPlane: controlPlane.value } };
}

function flatten<T>(part: Collected<T[][]>): Collected<T[]> {
  return { data: part.data?.flat() ?? null, errors: part.errors };
}

async function collectKyvernoPolicies(context: PartContext): Promise<KubernetesSnapshot["kyvernoPolicies"]> {
  const parts = await Promise.all([
    listOptionalPart(context, {
      group: KYVERNO_GROUP,
      resource: "clusterpolicies",
      mapItem: (raw) => mapKyvernoPolicy(raw, "ClusterPolicy"),
    }),
    listOptionalPart(context, {
      group: KYVERNO_GROUP,
      resource: "policies",
      mapItem: (raw) => mapKyvernoPolicy(raw, "Policy"),
    }),
  ]);
  return mergeServedParts(parts);
}

/** Gatekeeper serves one resource per ConstraintTemplate in constraints.gatekeeper.sh: all are listed. */
async function collectGatekeeperConstraints(
  context: PartContext,
): Promise<KubernetesSnapshot["gatekeeperConstraints"]> {
  if (!context.isDiscoveryKnown) return { isServed: null, data: null, errors: context.discoveryErrors };
  const kinds = [...context.apis.resources.values()].filter((served) => served.group === GATEKEEPER_CONSTRAINTS_GROUP);
  const parts = await Promise.all(
    kinds.map((served) =>
      listOptionalPart(context, {
        group: served.group,
        resource: served.resource,
        mapItem: (raw) => mapGatekeeperConstraint(raw, served.kind),
      }),
    ),
  );
  return parts.length === 0 ? { isServed: false, data: [], errors: [] } : mergeServedParts(parts);
}
