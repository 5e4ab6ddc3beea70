// The fleet's size in one process: 30 servers, one of them with 50 nodes and 2,000 pods.
// Behaviour only; speed is measured by benchmarks, never asserted here.
import { CoreV1Api, KubeConfig } from "@kubernetes/client-node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";

const servers: KubeApiServer[] = [];

beforeAll(async () => {
  const small = buildTestObjects();
  const large = buildTestObjects({ nodeCount: 50, podCount: 2_000 });
  servers.push(
    ...(await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        startKubeApiServer({
          clusterName: `cluster-${index}`,
          kubernetesVersion: "1.33.4",
          objects: index === 0 ? large : small,
          seed: 100 + index,
        }),
      ),
    )),
  );
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

it("runs 30 servers on distinct ports and pages 2,000 pods of the large one", async () => {
  expect(new Set(servers.map((server) => server.port)).size).toBe(30);
  const [large] = servers;
  if (!large) throw new Error("no server");
  const kc = new KubeConfig();
  kc.loadFromString(await large.createKubeconfig({ user: "lotse", auth: "client-certificate" }));
  const core = kc.makeApiClient(CoreV1Api);
  let count = 0;
  let pages = 0;
  let token: string | undefined;
  do {
    const page = await core.listPodForAllNamespaces({ limit: 500, _continue: token });
    count += page.items.length;
    pages += 1;
    token = page.metadata?._continue;
  } while (token && pages < 10);
  expect([count, pages]).toEqual([2_000, 4]);
  const nodes = await core.listNode();
  expect(nodes.items).toHaveLength(50);
  const onNode = await core.listPodForAllNamespaces({ fieldSelector: "spec.nodeName=node-7" });
  expect(onNode.items).toHaveLength(40);
}, 30_000);
