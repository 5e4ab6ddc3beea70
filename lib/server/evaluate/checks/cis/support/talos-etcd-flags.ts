import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import {
  readControlPlaneFlags,
  type CommandFlags,
  type ComponentInstance,
  type ControlPlaneFlags,
} from "@/lib/server/evaluate/read-control-plane-flags";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import { listTalosMachines } from "./talos-machines";

const ETCD_PKI = "/system/secrets/etcd";

/**
 * The etcd flags Talos renders and deny-lists (cluster.etcd.extraArgs cannot override them): the
 * etcd service of internal/app/machined/pkg/system/services/etcd.go. etcd is a machined service on
 * Talos, not a static pod, so these are facts of the platform rather than a command line Lotse read.
 */
export const TALOS_ETCD_FLAGS: CommandFlags = {
  "auto-tls": "false",
  "peer-auto-tls": "false",
  "data-dir": "/var/lib/etcd",
  "client-cert-auth": "true",
  "cert-file": `${ETCD_PKI}/server.crt`,
  "key-file": `${ETCD_PKI}/server.key`,
  "trusted-ca-file": `${ETCD_PKI}/ca.crt`,
  "peer-client-cert-auth": "true",
  "peer-cert-file": `${ETCD_PKI}/peer.crt`,
  "peer-key-file": `${ETCD_PKI}/peer.key`,
  "peer-trusted-ca-file": `${ETCD_PKI}/ca.crt`,
};

export const TALOS_ETCD_NOTE =
  "Talos renders this etcd flag itself and refuses overrides (cluster.etcd.extraArgs deny list); etcd runs as a machined service, not a static pod";

/**
 * etcd flags on every control-plane node: on Talos the flags Talos enforces, for each control-plane
 * node where etcd is seen running (Talos service, member list or status); elsewhere the kube-system
 * etcd mirror pods (readControlPlaneFlags).
 */
export function readEtcdFlags(context: EvaluationContext): ControlPlaneFlags {
  if (context.platform !== "talos" || !context.snapshot.talos) return readControlPlaneFlags(context, "etcd");
  const instances: ComponentInstance[] = [];
  const errors: CollectionError[] = [];
  let unreadable = 0;
  for (const machine of listTalosMachines(context)) {
    const node = machine.talos;
    if (!node || machine.role === "worker") continue;
    if (machine.role === null || etcdSightings(machine.path, node).length === 0) {
      unreadable++;
      errors.push(...node.machineType.errors, ...node.services.errors, ...node.etcdStatus.errors);
      continue;
    }
    instances.push({ node: node.node, source: `${machine.path}.etcd(talos-enforced).flags`, flags: TALOS_ETCD_FLAGS });
  }
  if (instances.length > 0) return { state: "known", instances, incomplete: unreadable > 0, errors };
  return { state: "unknown", reason: "etcd could not be seen on any Talos control-plane node.", errors };
}

/** Live evidence that etcd runs on a Talos node: its service, its member entry, its status. */
export function etcdSightings(path: string, node: TalosNodeSnapshot): EvidenceItem[] {
  const evidence: EvidenceItem[] = [];
  const service = node.services.data?.find((candidate) => candidate.id === "etcd");
  if (service) evidence.push({ source: `${path}.services[etcd].state`, value: service.state });
  const status = node.etcdStatus.data;
  if (status) evidence.push({ source: `${path}.etcdStatus.memberId`, value: status.memberId });
  const member =
    node.etcdMembers.data?.find((candidate) => candidate.id === status?.memberId) ?? node.etcdMembers.data?.[0];
  if (member) {
    const urls = [...member.clientUrls, ...member.peerUrls];
    const isAllHttps = urls.length > 0 && urls.every((url) => url.startsWith("https://"));
    evidence.push({
      source: `${path}.etcdMembers[${member.id}]`,
      value: { clientUrls: member.clientUrls, peerUrls: member.peerUrls },
      note: isAllHttps ? "every client and peer URL uses https" : "not every client and peer URL uses https",
    });
  }
  return evidence;
}
