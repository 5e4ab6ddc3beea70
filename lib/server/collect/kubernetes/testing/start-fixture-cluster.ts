import { startKubeApiServer, type KubeApiServer, type StartKubeApiServerOptions } from "@/lib/sim/kube";
import { buildKubeFixture } from "./build-kube-fixture";

/** A simulated API server with the fixture cluster (or `objects`) and a client-certificate kubeconfig for it. */
export async function startFixtureCluster(
  options: Partial<StartKubeApiServerOptions> = {},
): Promise<{ server: KubeApiServer; kubeconfig: string }> {
  const fixture = buildKubeFixture();
  const server = await startKubeApiServer({
    clusterName: "fixture",
    kubernetesVersion: "1.33.4",
    seed: 7,
    objects: fixture.objects,
    kubeletConfigs: fixture.kubeletConfigs,
    ...options,
  });
  const kubeconfig = await server.createKubeconfig({
    user: "lotse",
    groups: ["lotse:readers"],
    auth: "client-certificate",
  });
  return { server, kubeconfig };
}
