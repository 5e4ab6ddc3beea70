import type { Collected } from "@/lib/server/collect/snapshot/collection-error";
import type { ScopedCollected, TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosClient } from "./create-talos-client";
import type { TalosPartReader } from "./create-talos-part-reader";
import { mapTalosAdmissionControl } from "./map-talos-admission-control";
import { mapTalosApiServerConfig } from "./map-talos-api-server-config";
import { mapTalosAuditPolicy } from "./map-talos-audit-policy";
import { mapTalosEtcdEncryption } from "./map-talos-etcd-encryption";
import { mapTalosEtcdMembers } from "./map-talos-etcd-members";
import { mapTalosEtcdStatus } from "./map-talos-etcd-status";
import { mapTalosStaticPods } from "./map-talos-static-pods";

type ControlPlaneParts = Pick<
  TalosNodeSnapshot,
  | "staticPods"
  | "admissionControl"
  | "apiServerConfig"
  | "auditPolicy"
  | "etcdEncryption"
  | "etcdMembers"
  | "etcdStatus"
>;

const notApplicable = (): ScopedCollected<never> => ({ data: null, errors: [], isApplicable: false });

/**
 * The control-plane parts (reference §2.2 etcd, §3.8). On a worker none is read (NOT_APPLICABLE);
 * with an unknown machine type they are tried (`isApplicable: null`). EtcdEncryptionConfig exists
 * from Talos 1.14 only.
 */
export async function readTalosControlPlaneParts({
  client,
  reader,
  node,
  minor,
  isControlPlane,
}: {
  client: TalosClient;
  reader: TalosPartReader;
  node: string;
  minor: number | null;
  /** From MachineType (or the Kubernetes role); null when unknown. */
  isControlPlane: boolean | null;
}): Promise<ControlPlaneParts> {
  if (isControlPlane === false) {
    return {
      staticPods: notApplicable(),
      admissionControl: notApplicable(),
      apiServerConfig: notApplicable(),
      auditPolicy: notApplicable(),
      etcdEncryption: notApplicable(),
      etcdMembers: notApplicable(),
      etcdStatus: notApplicable(),
    };
  }
  const scoped = <T>(part: Collected<T>): ScopedCollected<T> => ({ ...part, isApplicable: isControlPlane });
  type Limits = { timeoutMs: number; signal: AbortSignal };
  const get = async (namespace: string, type: string, id: string, limits: Limits) =>
    (await client.getResource({ node, namespace, type, id, ...limits })).spec;
  const hasEtcdEncryption = minor === null || minor >= 14;
  const [staticPods, admissionControl, apiServerConfig, auditPolicy, etcdEncryption, etcdMembers, etcdStatus] =
    await Promise.all([
      reader.read({
        part: "StaticPods",
        call: async (limits) =>
          mapTalosStaticPods({
            resources: await client.listResources({
              node,
              namespace: "k8s",
              type: "StaticPods.kubernetes.talos.dev",
              ...limits,
            }),
          }),
      }),
      reader.read({
        part: "AdmissionControlConfig",
        call: async (limits) =>
          mapTalosAdmissionControl({
            spec: await get(
              "controlplane",
              "AdmissionControlConfigs.kubernetes.talos.dev",
              "admission-control",
              limits,
            ),
          }),
      }),
      reader.read({
        part: "APIServerConfig",
        adminRule: "from-1.14",
        call: async (limits) =>
          mapTalosApiServerConfig({
            spec: await get("controlplane", "APIServerConfigs.kubernetes.talos.dev", "kube-apiserver", limits),
            minor,
          }),
      }),
      reader.read({
        part: "AuditPolicyConfig",
        adminRule: "always",
        call: async (limits) =>
          mapTalosAuditPolicy({
            spec: await get("controlplane", "AuditPolicyConfigs.kubernetes.talos.dev", "audit-policy", limits),
          }),
      }),
      hasEtcdEncryption
        ? reader.read({
            part: "EtcdEncryptionConfig",
            adminRule: "always",
            call: async (limits) =>
              mapTalosEtcdEncryption({
                spec: await get("k8s", "EtcdEncryptionConfigs.kubernetes.talos.dev", "k8s", limits),
              }),
          })
        : null,
      reader.read({
        part: "EtcdMemberList",
        call: async (limits) =>
          mapTalosEtcdMembers({
            reply: await client.callMachine({
              method: "EtcdMemberList",
              request: { query_local: false },
              node,
              ...limits,
            }),
          }),
      }),
      reader.read({
        part: "EtcdStatus",
        call: async (limits) =>
          mapTalosEtcdStatus({ reply: await client.callMachine({ method: "EtcdStatus", node, ...limits }) }),
      }),
    ]);
  return {
    staticPods: scoped(staticPods),
    admissionControl: scoped(admissionControl),
    apiServerConfig: scoped(apiServerConfig),
    auditPolicy: scoped(auditPolicy),
    etcdEncryption: etcdEncryption ? scoped(etcdEncryption) : notApplicable(),
    etcdMembers: scoped(etcdMembers),
    etcdStatus: scoped(etcdStatus),
  };
}
