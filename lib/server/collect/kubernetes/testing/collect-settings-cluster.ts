// Test support: one simulated cluster built from scenario settings (YAML), served over real HTTPS
// and collected with the read-only test credential.
import { startKubeApiServer, type KubeApiServer } from "@/lib/sim/kube";
import { buildTestCluster } from "@/lib/sim/scenario/testing/build-test-cluster";
import { collectKubernetes, type KubernetesCollection } from "../collect-kubernetes";

export async function collectSettingsCluster({
  settings,
  clusterName,
  seed,
  pageSize,
}: {
  settings: string;
  clusterName: string;
  seed: number;
  pageSize: number;
}): Promise<{ server: KubeApiServer; result: KubernetesCollection }> {
  const built = buildTestCluster({ settings });
  const server = await startKubeApiServer({
    clusterName,
    kubernetesVersion: "1.35.2",
    seed,
    objects: built.cluster.objects,
    kubeletConfigs: built.cluster.kubeletConfigs,
  });
  const kubeconfig = await server.createKubeconfig({
    user: "lotse",
    groups: ["lotse:readers"],
    auth: "client-certificate",
  });
  const result = await collectKubernetes({
    kubeconfig,
    deadlineMs: 20_000,
    requestTimeoutMs: 5_000,
    pageSize,
    concurrency: 5,
  });
  return { server, result };
}
