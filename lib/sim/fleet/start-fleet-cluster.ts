import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startKubeApiServer } from "@/lib/sim/kube";
import type { BuiltCluster } from "@/lib/sim/scenario";
import { startTalosApiServer } from "@/lib/sim/talos";
import { READER_GROUPS, READER_USER, type RunningCluster } from "./fleet-types";

/**
 * Starts one cluster's servers (Kubernetes API; Talos API for Talos profiles) on 127.0.0.1
 * ephemeral ports and writes its kubeconfig (client certificate of `lotse-reader`, group
 * `lotse:readers`) and talosconfig (the scenario's role, `os:reader` by default) into
 * `<clustersDir>/<name>/`, mode 0600. On failure, closes what it started.
 */
export async function startFleetCluster({
  built,
  clustersDir,
}: {
  built: BuiltCluster;
  clustersDir: string;
}): Promise<RunningCluster> {
  const { spec, cluster, talosNodes } = built;
  const directory = join(clustersDir, spec.name);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const kube = await startKubeApiServer({
    clusterName: spec.name,
    kubernetesVersion: spec.kubernetesVersion,
    objects: cluster.objects,
    kubeletConfigs: cluster.kubeletConfigs,
    faults: cluster.faults.kube,
    seed: spec.seed,
  });
  try {
    const talos =
      talosNodes.length > 0
        ? await startTalosApiServer({
            clusterName: spec.name,
            nodes: talosNodes,
            faults: cluster.faults.talos,
            seed: spec.seed,
          })
        : undefined;
    try {
      const kubeconfigPath = join(directory, "kubeconfig");
      await writeFile(
        kubeconfigPath,
        await kube.createKubeconfig({
          user: READER_USER,
          groups: READER_GROUPS,
          auth: "client-certificate",
          contextName: spec.name,
        }),
        { mode: 0o600 },
      );
      const talosconfigPath = talos ? join(directory, "talosconfig") : undefined;
      if (talos && talosconfigPath) await talos.writeTalosconfig({ path: talosconfigPath, roles: [spec.talos.role] });
      const controlPlanes = cluster.nodes.filter((node) => node.role === "controlplane").length;
      return {
        spec,
        kube,
        talos,
        kubeconfigPath,
        talosconfigPath,
        manifest: {
          name: spec.name,
          environment: spec.environment,
          site: spec.site,
          labels: spec.labels,
          profile: spec.profile,
          kubernetesVersion: spec.kubernetesVersion,
          talosVersion: spec.talosVersion ?? null,
          nodeCount: cluster.nodes.length,
          controlPlaneNodes: controlPlanes,
          workerNodes: cluster.nodes.length - controlPlanes,
          podCount: cluster.objects.filter((object) => object.kind === "Pod").length,
          kubernetes: { endpoint: kube.url, kubeconfig: kubeconfigPath, user: READER_USER, groups: READER_GROUPS },
          talos:
            talos && talosconfigPath
              ? { endpoint: talos.endpoint, talosconfig: talosconfigPath, role: spec.talos.role, nodes: cluster.nodes }
              : null,
          faults: cluster.faults,
        },
      };
    } catch (error) {
      await talos?.close();
      throw error;
    }
  } catch (error) {
    await kube.close();
    throw error;
  }
}
