// Credentials written by one run of the simulator keep working after a restart with the same
// seed: Lotse stores kubeconfigs, and `npm run demo` restarts the fleet.
import { expect, it } from "vitest";
import { startKubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";
import { requestKube } from "./testing/request-kube";

it("accepts the CA, client certificate and token of an earlier run with the same seed", async () => {
  const options = { clusterName: "restart", kubernetesVersion: "1.33.4", objects: buildTestObjects(), seed: 77 };
  const first = await startKubeApiServer(options);
  const certConfig = await first.createKubeconfig({
    user: "lotse",
    groups: ["lotse:readers"],
    auth: "client-certificate",
  });
  const tokenConfig = await first.createKubeconfig({ user: "lotse", auth: "token" });
  await first.close();

  const second = await startKubeApiServer(options);
  const other = await startKubeApiServer({ ...options, seed: 78 });
  try {
    const pointAt = (config: string, url: string) => config.replace(first.url, url);
    for (const config of [certConfig, tokenConfig]) {
      const response = await requestKube({ kubeconfig: pointAt(config, second.url), path: "/api/v1/namespaces" });
      expect(response.status).toBe(200);
    }
    const otherSeed = await requestKube({ kubeconfig: pointAt(certConfig, other.url), path: "/version" }).catch(
      (error: unknown) => error,
    );
    expect(otherSeed).toBeInstanceOf(Error);
    // With the other cluster's CA, TLS passes and the token itself is refused.
    const withOtherCa = pointAt(tokenConfig, other.url).replace(
      Buffer.from(first.caCertPem).toString("base64"),
      Buffer.from(other.caCertPem).toString("base64"),
    );
    expect((await requestKube({ kubeconfig: withOtherCa, path: "/api/v1/namespaces" })).status).toBe(401);
  } finally {
    await Promise.all([second.close(), other.close()]);
  }
}, 15_000);
