import { execFile } from "node:child_process";
import { access, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { promisify } from "node:util";
import { CoreV1Api, KubeConfig, RbacAuthorizationV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTalosClient, readTalosconfigContext } from "@/lib/server/collect/talos";
import { requestKube } from "@/lib/sim/kube/testing/request-kube";
import { parseScenario, SECRET_VALUE_MARKER } from "@/lib/sim/scenario";
import type { Fleet, FleetManifest } from "./fleet-types";
import { startFleet } from "./start-fleet";
import { captureError } from "./testing/capture-error";

const TEST_TIMEOUT = { timeout: 20_000 };
const scenario = parseScenario({
  text: `
name: small
seed: 31
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2, workloads: { namespaces: 2, deploymentsPerNamespace: 2, replicas: 2 } }
clusters:
  - { name: edge-01, environment: edge, site: pilot-station, profile: talos-hardened, labels: { tier: edge }, nodes: { controlPlanes: 1, workers: 2 } }
  - { name: core-01, profile: talos-default, talos: { role: "os:admin" } }
  - { name: legacy-01, profile: kubeadm-default }
  - { name: cloud-01, environment: cloud, profile: managed, nodes: { workers: 2 } }
timeline:
  - { day: -30, cluster: legacy-01, change: { posture: { anonymousBinding: true } } }
`,
});

let fleet: Fleet;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "lotse-fleet-"));
  fleet = await startFleet({ scenario, outDir, referenceTime: new Date("2026-11-20T12:00:00Z") });
}, 60_000);

afterAll(async () => {
  await fleet?.close();
  await rm(outDir, { recursive: true, force: true });
});

const entry = (name: string) => {
  const found = fleet.manifest.clusters.find((cluster) => cluster.name === name);
  if (!found) throw new Error(`no cluster ${name}`);
  return found;
};

async function kubeConfigOf(name: string): Promise<KubeConfig> {
  const config = new KubeConfig();
  config.loadFromString(await readFile(entry(name).kubernetes.kubeconfig, "utf8"));
  return config;
}

describe("startFleet", () => {
  it("writes fleet.json naming every cluster with existing, absolute credential paths", async () => {
    const manifest = JSON.parse(await readFile(join(outDir, "fleet.json"), "utf8")) as FleetManifest;
    expect(manifest.clusters.map((cluster) => cluster.name)).toEqual(["edge-01", "core-01", "legacy-01", "cloud-01"]);
    expect(entry("edge-01")).toMatchObject({
      environment: "edge",
      site: "pilot-station",
      profile: "talos-hardened",
      labels: { tier: "edge" },
      kubernetesVersion: "1.36.1",
      talosVersion: "v1.13.2",
      nodeCount: 3,
    });
    for (const cluster of manifest.clusters) {
      expect(isAbsolute(cluster.kubernetes.kubeconfig)).toBe(true);
      await access(cluster.kubernetes.kubeconfig);
      expect((await stat(cluster.kubernetes.kubeconfig)).mode & 0o077).toBe(0);
      expect(cluster.kubernetes.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      if (cluster.profile.startsWith("talos-")) {
        await access(cluster.talos?.talosconfig ?? "missing");
        expect(cluster.talos?.endpoint).toMatch(/^127\.0\.0\.1:\d+$/);
      } else {
        expect(cluster.talos).toBeNull();
      }
    }
    expect([entry("edge-01").talos?.role, entry("core-01").talos?.role]).toEqual(["os:reader", "os:admin"]);
  });

  it(
    "writes kubeconfigs that @kubernetes/client-node uses unchanged, as the read-only identity",
    TEST_TIMEOUT,
    async () => {
      const config = await kubeConfigOf("edge-01");
      expect(config.getCurrentUser()?.name).toBe("lotse-reader@edge-01");
      const core = config.makeApiClient(CoreV1Api);
      const nodes = await core.listNode();
      expect(nodes.items.map((node) => node.status?.nodeInfo?.osImage)).toEqual([
        "Talos (v1.13.2)",
        "Talos (v1.13.2)",
        "Talos (v1.13.2)",
      ]);
      const mirror = await core.listNamespacedPod({ namespace: "kube-system", labelSelector: "tier=control-plane" });
      expect(mirror.items.map((pod) => pod.metadata?.name).sort()).toEqual([
        "kube-apiserver-edge-01-cp-01",
        "kube-controller-manager-edge-01-cp-01",
        "kube-scheduler-edge-01-cp-01",
      ]);
      const review = await requestKube({
        kubeconfig: await readFile(entry("edge-01").kubernetes.kubeconfig, "utf8"),
        path: "/apis/authentication.k8s.io/v1/selfsubjectreviews",
        method: "POST",
        body: JSON.stringify({ apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" }),
      });
      expect(review.json()).toMatchObject({
        status: { userInfo: { username: "lotse-reader", groups: expect.arrayContaining(["lotse:readers"]) } },
      });
    },
  );

  it("serves the kubelet configuration through the node proxy", TEST_TIMEOUT, async () => {
    const kubeconfig = await readFile(entry("legacy-01").kubernetes.kubeconfig, "utf8");
    const configz = await requestKube({ kubeconfig, path: "/api/v1/nodes/legacy-01-w-01/proxy/configz" });
    expect(configz.json()).toMatchObject({
      kubeletconfig: { authentication: { anonymous: { enabled: false } }, authorization: { mode: "Webhook" } },
    });
  });

  it("serves Secret data only to full reads; metadata-only lists carry none", TEST_TIMEOUT, async () => {
    const kubeconfig = await readFile(entry("cloud-01").kubernetes.kubeconfig, "utf8");
    const full = await requestKube({ kubeconfig, path: "/api/v1/secrets" });
    expect(full.body).toContain(Buffer.from(SECRET_VALUE_MARKER).toString("base64").slice(0, 12));
    const metadata = await requestKube({
      kubeconfig,
      path: "/api/v1/secrets",
      accept: "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1",
    });
    expect(metadata.json()).toMatchObject({ kind: "PartialObjectMetadataList" });
    expect(metadata.body).not.toContain('"data"');
  });

  it("writes talosconfigs Lotse's Talos client uses, with the role asked for", TEST_TIMEOUT, async () => {
    const read = async (name: string) =>
      createTalosClient({
        context: readTalosconfigContext({ yaml: await readFile(entry(name).talos?.talosconfig ?? "", "utf8") }),
        timeoutMs: 5_000,
      });
    const reader = await read("edge-01");
    const admin = await read("core-01");
    try {
      const machineConfig = { namespace: "config", type: "MachineConfigs.config.talos.dev", id: "v1alpha1" };
      expect((await captureError(reader.getResource(machineConfig))).kind).toBe("forbidden");
      await expect(admin.getResource(machineConfig)).resolves.toMatchObject({ metadata: { id: "v1alpha1" } });
      const worker = entry("edge-01").talos?.nodes.find((node) => node.role === "worker");
      await expect(
        reader.getResource({
          node: worker?.ip,
          namespace: "runtime",
          type: "SecurityStates.talos.dev",
          id: "securitystate",
        }),
      ).resolves.toBeDefined();
    } finally {
      reader.close();
      admin.close();
    }
  });

  it(
    "kubectl get ns,nodes,pods,networkpolicies,clusterrolebindings -A works against a simulated cluster",
    TEST_TIMEOUT,
    async (context) => {
      const kubectl = await promisify(execFile)("kubectl", ["version", "--client"]).catch(() => undefined);
      if (!kubectl) return context.skip("kubectl is not on PATH");
      const { stdout } = await promisify(execFile)(
        "kubectl",
        [
          "--kubeconfig",
          entry("edge-01").kubernetes.kubeconfig,
          "get",
          "ns,nodes,pods,networkpolicies,clusterrolebindings",
          "-A",
        ],
        { timeout: 15_000 },
      );
      for (const expected of [
        "namespace/kube-system",
        "node/edge-01-cp-01",
        "pod/kube-apiserver-edge-01-cp-01",
        "networkpolicy.networking.k8s.io/default-deny-all",
        "clusterrolebinding.rbac.authorization.k8s.io/system:public-info-viewer",
      ]) {
        expect(stdout).toContain(expected);
      }
    },
  );

  it("replays the timeline on the running Kubernetes API servers", TEST_TIMEOUT, async () => {
    const rbac = (await kubeConfigOf("legacy-01")).makeApiClient(RbacAuthorizationV1Api);
    const hasAnonymous = async () =>
      (await rbac.listClusterRoleBinding()).items.some((binding) =>
        binding.subjects?.some((subject) => subject.name === "system:anonymous"),
      );
    expect(await hasAnonymous()).toBe(true);
    await fleet.showDay({ day: -31 });
    expect(await hasAnonymous()).toBe(false);
    await fleet.showDay({ day: 0 });
    expect(await hasAnonymous()).toBe(true);
  });

  it("reports start-up memory and duration", () => {
    expect(fleet.startup.rssBytes).toBeGreaterThan(fleet.startup.heapUsedBytes);
    expect(fleet.startup.podCount).toBe(fleet.manifest.clusters.reduce((sum, cluster) => sum + cluster.podCount, 0));
    expect(fleet.startup.durationMs).toBeGreaterThan(0);
  });
});

describe("Fleet.close", () => {
  it("stops every server", TEST_TIMEOUT, async () => {
    const own = await startFleet({
      scenario: parseScenario({ text: "seed: 1\nclusters:\n  - { name: solo, talosVersion: v1.13.2 }\n" }),
      outDir: join(outDir, "solo"),
    });
    const kubeconfig = await readFile(own.clusters[0]?.kubeconfigPath ?? "", "utf8");
    expect((await requestKube({ kubeconfig, path: "/version" })).status).toBe(200);
    await own.close();
    expect((await captureError(requestKube({ kubeconfig, path: "/version" }))).code).toBe("ECONNREFUSED");
  });
});
