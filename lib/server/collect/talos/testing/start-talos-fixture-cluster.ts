// A small simulated Talos cluster for collector tests: real apid-like gRPC over mTLS, no mocks.
import type { TalosFaults } from "@/lib/sim/model";
import {
  buildTalosNodeState,
  startTalosApiServer,
  type TalosApiServer,
  type TalosDrift,
  type TalosNodeState,
  type TalosVariant,
} from "@/lib/sim/talos";
import type { TalosContextMaterial } from "../collect-talos";
import { readTalosconfigContext } from "../read-talosconfig-context";

export interface TalosFixtureNode {
  hostname: string;
  ip: string;
  role: "controlplane" | "worker";
  variant?: TalosVariant;
  drift?: TalosDrift;
}

/** cp-1 (10.7.0.2), cp-2 (10.7.0.3), w-1 (10.7.0.5), w-2 (10.7.0.6). */
export const FIXTURE_NODES: TalosFixtureNode[] = [
  { hostname: "cp-1", ip: "10.7.0.2", role: "controlplane" },
  { hostname: "cp-2", ip: "10.7.0.3", role: "controlplane" },
  { hostname: "w-1", ip: "10.7.0.5", role: "worker" },
  { hostname: "w-2", ip: "10.7.0.6", role: "worker" },
];

export interface TalosFixtureCluster {
  server: TalosApiServer;
  states: TalosNodeState[];
  /** A talosconfig context for these roles, as the worker would decrypt it. */
  contextFor(roles: string[], options?: { expired?: boolean }): Promise<TalosContextMaterial>;
}

export async function startTalosFixtureCluster({
  talosVersion = "1.12.4",
  variant = "hardened",
  nodes = FIXTURE_NODES,
  faults,
  clusterName = "talos-fixture",
}: {
  talosVersion?: string;
  variant?: TalosVariant;
  nodes?: TalosFixtureNode[];
  faults?: TalosFaults;
  clusterName?: string;
} = {}): Promise<TalosFixtureCluster> {
  const states = nodes.map((node) =>
    buildTalosNodeState({
      talosVersion,
      kubernetesVersion: "1.35.0",
      hostname: node.hostname,
      ip: node.ip,
      role: node.role,
      variant: node.variant ?? variant,
      drift: node.drift,
      clusterName,
    }),
  );
  const server = await startTalosApiServer({ clusterName, nodes: states, faults });
  return {
    server,
    states,
    contextFor: async (roles, options = {}) =>
      readTalosconfigContext({ yaml: await server.createTalosconfig({ roles, expired: options.expired }) }),
  };
}
