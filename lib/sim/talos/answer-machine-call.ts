import { status } from "@grpc/grpc-js";
import type { SimTalosNode } from "./create-sim-talos-node";
import { TalosCallError } from "./talos-call-error";

export type MachineMethod = "Version" | "ServiceList" | "Hostname" | "EtcdMemberList" | "EtcdStatus";

/**
 * One node's reply element for a MachineService method (the entry of `messages`, without
 * `metadata`; apid adds that only for one-to-many calls). The etcd methods answer on control
 * planes only, with machined's CheckControlplane error elsewhere.
 */
export function answerMachineCall({
  method,
  node,
  controlPlanes,
}: {
  method: MachineMethod;
  node: SimTalosNode;
  /** The cluster's control-plane nodes (etcd members). */
  controlPlanes: readonly SimTalosNode[];
}): Record<string, unknown> {
  const { state } = node;
  switch (method) {
    case "Version":
      return {
        version: {
          tag: state.version.tag,
          sha: state.version.sha,
          built: state.version.built,
          go_version: state.version.goVersion,
          os: state.version.os,
          arch: state.version.arch,
        },
        platform: { name: state.platform.name, mode: state.platform.mode },
        features: { rbac: true },
      };
    case "Hostname":
      return { hostname: state.hostname };
    case "ServiceList":
      return {
        services: state.services.map((service) => ({
          id: service.id,
          state: service.state,
          events: {
            events: service.events.map((event) => ({ msg: event.msg, state: event.state, ts: toTimestamp(event.ts) })),
          },
          health: {
            unknown: service.healthUnknown,
            healthy: service.healthy,
            last_message: service.lastMessage,
            last_change: toTimestamp(service.events.at(-1)?.ts ?? state.bootTime),
          },
        })),
      };
    case "EtcdMemberList":
      requireControlPlane(node, "member list");
      return {
        legacy_members: [],
        members: controlPlanes.map((member) => ({
          id: BigInt(`0x${member.state.etcdMemberId ?? "0"}`).toString(),
          hostname: member.state.hostname,
          peer_urls: [`https://${member.state.ip}:2380`],
          client_urls: [`https://${member.state.ip}:2379`],
          is_learner: false,
        })),
      };
    case "EtcdStatus": {
      requireControlPlane(node, "etcd status");
      const leader = controlPlanes[0]?.state.etcdMemberId ?? "0";
      return {
        member_status: {
          protocol_version: "3.6.0",
          db_size: "28672000",
          db_size_in_use: "17039360",
          leader: BigInt(`0x${leader}`).toString(),
          raft_index: "184467",
          raft_term: "4",
          raft_applied_index: "184467",
          errors: [],
          is_learner: false,
          member_id: BigInt(`0x${state.etcdMemberId ?? "0"}`).toString(),
          storage_version: "3.6.0",
        },
      };
    }
  }
}

function requireControlPlane(node: SimTalosNode, apiName: string): void {
  if (node.state.role !== "controlplane") {
    throw new TalosCallError(status.UNIMPLEMENTED, `${apiName} is only available on control plane nodes`);
  }
}

function toTimestamp(iso: string): { seconds: string; nanos: number } {
  const millis = new Date(iso).getTime();
  return { seconds: String(Math.floor(millis / 1000)), nanos: (millis % 1000) * 1_000_000 };
}
