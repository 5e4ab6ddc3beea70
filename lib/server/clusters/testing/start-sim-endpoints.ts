// Test fixtures only: simulated Kubernetes and Talos API endpoints (real TLS) with the
// simulator's faults, and credential files for them, for the cluster registry's integration tests.
import type { KubeFaults, TalosFaults } from "@/lib/sim/model";
import { startKubeApiServer, type CreateKubeconfigOptions, type KubeApiServer } from "@/lib/sim/kube";
import {
  buildTalosNodeState,
  startTalosApiServer,
  type CreateTalosconfigOptions,
  type TalosApiServer,
} from "@/lib/sim/talos";

const running = new Set<{ close: () => Promise<void> }>();

/** A simulated kube-apiserver on 127.0.0.1 (no objects: /version is all the tests need). */
export async function startSimKube({
  faults,
  clusterName = "sim-kube",
}: { faults?: KubeFaults; clusterName?: string } = {}): Promise<KubeApiServer> {
  const server = await startKubeApiServer({ clusterName, kubernetesVersion: "1.33.4", seed: 11, objects: [], faults });
  running.add(server);
  return server;
}

/** A kubeconfig for `server` authenticating as `lotse` (group lotse:readers) with a client certificate by default. */
export function simKubeconfig(server: KubeApiServer, options: Partial<CreateKubeconfigOptions> = {}): Promise<string> {
  return server.createKubeconfig({ user: "lotse", groups: ["lotse:readers"], auth: "client-certificate", ...options });
}

/** A simulated Talos API endpoint served by one control-plane node, cp-1 (10.9.0.2). */
export async function startSimTalos({
  faults,
  clusterName = "sim-talos",
}: { faults?: TalosFaults; clusterName?: string } = {}): Promise<TalosApiServer> {
  const node = buildTalosNodeState({
    talosVersion: "1.12.4",
    kubernetesVersion: "1.35.0",
    hostname: "cp-1",
    ip: "10.9.0.2",
    role: "controlplane",
    variant: "hardened",
    clusterName,
  });
  const server = await startTalosApiServer({ clusterName, nodes: [node], faults });
  running.add(server);
  return server;
}

/** A talosconfig (Ed25519, `ED25519 PRIVATE KEY` label as talosctl writes it), role os:reader by default. */
export function simTalosconfig(server: TalosApiServer, options: CreateTalosconfigOptions = {}): Promise<string> {
  return server.createTalosconfig({ roles: ["os:reader"], ...options });
}

/** Stops every endpoint started since the last call; use in afterEach. */
export async function stopSimEndpoints(): Promise<void> {
  const servers = [...running];
  running.clear();
  await Promise.all(servers.map((server) => server.close()));
}
