import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { startFleet } from "@/lib/sim/fleet";
import { parseScenario } from "@/lib/sim/scenario";

/** One simulated Talos cluster's credential files and what a user would see of them. */
export interface SimulatedCluster {
  /** Name of the cluster inside the simulator (also its kubeconfig and talosconfig context). */
  simName: string;
  kubernetesServer: string;
  /** Name of the user entry in the simulator's kubeconfig. */
  kubeUser: string;
  kubernetesVersion: string;
  talosVersion: string;
  talosEndpoint: string;
  /** kubeconfig with two contexts: the simulator's own one, and a decoy that is the current context. */
  kubeconfigPath: string;
  talosconfigPath: string;
  /** A copy of the kubeconfig whose user runs an `exec` plugin instead of a client certificate. */
  execKubeconfigPath: string;
  /** Earliest notAfter of the kubeconfig and talosconfig client certificates. */
  clientCertificateExpiresAt: Date;
  stop: () => Promise<void>;
}

export const DECOY_CONTEXT = "decoy-admin@elsewhere";

// No latency: the connection test then answers at once; edge latency is not what this checks.
const SCENARIO = `
name: e2e
seed: 4711
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2 }
clusters:
  - { name: e2e-pier, environment: edge, site: north-pier, profile: talos-hardened, nodes: { controlPlanes: 1, workers: 1 } }
`;

/**
 * Starts one simulated Talos cluster (Kubernetes API over HTTPS and Talos API over gRPC/mTLS, on
 * 127.0.0.1 ephemeral ports) in this process and writes its credentials to a temporary directory.
 */
export async function startSimulatedCluster(): Promise<SimulatedCluster> {
  const outDir = await mkdtemp(path.join(tmpdir(), "lotse-e2e-sim-"));
  const fleet = await startFleet({ scenario: parseScenario({ text: SCENARIO }), outDir });
  const stop = async () => {
    await fleet.close();
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    const cluster = fleet.manifest.clusters[0];
    if (!cluster?.talos || !cluster.talosVersion) throw new Error("the e2e scenario must start one Talos cluster");
    const kubeconfig = parse(await readFile(cluster.kubernetes.kubeconfig, "utf8")) as Kubeconfig;
    const talosconfig = await readFile(cluster.talos.talosconfig, "utf8");
    const kubeconfigPath = path.join(outDir, "kubeconfig.yaml");
    const execKubeconfigPath = path.join(outDir, "exec-kubeconfig.yaml");
    // Note: without aliasDuplicateObjects: false, the shared user object would become a YAML alias,
    // which Lotse refuses in credentials (alias bombs).
    const write = (file: string, config: Kubeconfig) =>
      writeFile(file, stringify(config, { aliasDuplicateObjects: false }), { mode: 0o600 });
    await write(kubeconfigPath, withDecoyContext(kubeconfig));
    await write(execKubeconfigPath, withExecUser(kubeconfig));
    return {
      simName: cluster.name,
      kubernetesServer: cluster.kubernetes.endpoint,
      kubeUser: kubeconfig.users[0]?.name ?? "",
      kubernetesVersion: cluster.kubernetesVersion,
      talosVersion: cluster.talosVersion,
      talosEndpoint: cluster.talos.endpoint,
      kubeconfigPath,
      talosconfigPath: cluster.talos.talosconfig,
      execKubeconfigPath,
      clientCertificateExpiresAt: earliest([kubeClientCertificate(kubeconfig), talosClientCertificate(talosconfig)]),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Kubeconfig {
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
  "current-context": string;
}

/** Adds a second cluster, user and context (another API server) and makes it the current one. */
function withDecoyContext(config: Kubeconfig): Kubeconfig {
  const [cluster] = config.clusters;
  const [user] = config.users;
  if (!cluster || !user) throw new Error("the simulator's kubeconfig has no cluster or user");
  return {
    ...config,
    clusters: [
      ...config.clusters,
      { name: "elsewhere", cluster: { ...cluster.cluster, server: "https://10.20.30.40:6443" } },
    ],
    users: [...config.users, { name: "decoy-admin", user: user.user }],
    contexts: [...config.contexts, { name: DECOY_CONTEXT, context: { cluster: "elsewhere", user: "decoy-admin" } }],
    "current-context": DECOY_CONTEXT,
  };
}

/** The same kubeconfig, but its user gets a token from a command (as cloud CLIs do). */
function withExecUser(config: Kubeconfig): Kubeconfig {
  return {
    ...config,
    users: config.users.map(({ name }) => ({
      name,
      user: {
        exec: { apiVersion: "client.authentication.k8s.io/v1beta1", command: "cloud-cli", args: ["get-token"] },
      },
    })),
  };
}

function kubeClientCertificate(config: Kubeconfig): X509Certificate {
  const data = config.users[0]?.user["client-certificate-data"];
  if (typeof data !== "string") throw new Error("the simulator's kubeconfig has no client certificate");
  return new X509Certificate(Buffer.from(data, "base64"));
}

function talosClientCertificate(text: string): X509Certificate {
  const config = parse(text) as { context: string; contexts: Record<string, { crt: string }> };
  const crt = config.contexts[config.context]?.crt;
  if (!crt) throw new Error("the simulator's talosconfig has no client certificate");
  return new X509Certificate(Buffer.from(crt, "base64"));
}

function earliest(certificates: X509Certificate[]): Date {
  return new Date(Math.min(...certificates.map((certificate) => new Date(certificate.validTo).getTime())));
}
