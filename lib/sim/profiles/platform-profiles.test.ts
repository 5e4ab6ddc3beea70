import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { buildTestCluster, objectsOfKind } from "@/lib/sim/scenario/testing/build-test-cluster";

const controlPlanePods = (objects: KubeObject[]) =>
  objects.filter(
    (object) =>
      object.kind === "Pod" &&
      object.metadata.namespace === "kube-system" &&
      object.metadata.labels?.tier === "control-plane",
  );
const commandOf = (pod: KubeObject | undefined) =>
  (pod?.spec as { containers: { command: string[] }[] }).containers[0]?.command ?? [];
const nodeInfo = (node: KubeObject | undefined) => (node?.status as { nodeInfo: Record<string, string> }).nodeInfo;

describe("Talos profiles", () => {
  const hardened = buildTestCluster({
    settings:
      "profile: talos-hardened\ntalosVersion: v1.13.2\nkubernetesVersion: 1.36.1\nnodes: { controlPlanes: 3, workers: 2 }",
  });

  it("serve Talos' mirror pods (config source http) with the same command as the Talos StaticPods", () => {
    const pods = controlPlanePods(hardened.cluster.objects);
    expect(pods).toHaveLength(9);
    const apiServer = pods.find((pod) => pod.metadata.name === "kube-apiserver-test-cp-01");
    expect(apiServer?.metadata.annotations?.["kubernetes.io/config.source"]).toBe("http");
    expect(apiServer?.metadata.labels?.["app.kubernetes.io/managed-by"]).toBe("Talos");
    const command = commandOf(apiServer);
    expect(command).toEqual(
      expect.arrayContaining([
        "--profiling=false",
        "--anonymous-auth=false",
        "--enable-admission-plugins=NodeRestriction",
      ]),
    );
    expect(command.some((flag) => flag.startsWith("--authorization-config="))).toBe(true);
    expect(command.some((flag) => flag.startsWith("--encryption-provider-config="))).toBe(true);
    const staticPod = hardened.talosNodes[0]?.kubernetesResources.find(
      (resource) => resource.type === "StaticPods.kubernetes.talos.dev" && resource.id === "kube-apiserver",
    );
    expect((staticPod?.spec as { spec: { containers: { command: string[] }[] } }).spec.containers[0]?.command).toEqual(
      command,
    );
    expect(apiServer?.metadata.ownerReferences?.[0]?.uid).toBe(
      objectsOfKind(hardened, "Node").find((node) => node.metadata.name === "test-cp-01")?.metadata.uid,
    );
  });

  it("report the Talos OS image and one Talos node state per node", () => {
    expect(new Set(objectsOfKind(hardened, "Node").map((node) => nodeInfo(node).osImage))).toEqual(
      new Set(["Talos (v1.13.2)"]),
    );
    expect(hardened.talosNodes.map((state) => [state.hostname, state.role, state.variant])).toEqual([
      ["test-cp-01", "controlplane", "hardened"],
      ["test-cp-02", "controlplane", "hardened"],
      ["test-cp-03", "controlplane", "hardened"],
      ["test-w-01", "worker", "hardened"],
      ["test-w-02", "worker", "hardened"],
    ]);
    expect(hardened.cluster.kubeletConfigs?.["test-w-01"]).toMatchObject({
      protectKernelDefaults: true,
      authorization: { mode: "Webhook" },
    });
  });

  it("talos-default leaves PSA to Talos' AdmissionControlConfig default (enforce baseline)", () => {
    const built = buildTestCluster({ settings: "profile: talos-default\ntalosVersion: v1.13.2" });
    const appNamespaces = objectsOfKind(built, "Namespace").filter(
      (ns) => ns.metadata.labels?.["app.kubernetes.io/part-of"] === "port-authority",
    );
    expect(appNamespaces.some((ns) => ns.metadata.labels?.["pod-security.kubernetes.io/enforce"])).toBe(false);
    const admission = built.talosNodes[0]?.kubernetesResources.find(
      (resource) => resource.type === "AdmissionControlConfigs.kubernetes.talos.dev",
    );
    expect(JSON.stringify(admission?.spec)).toContain('"enforce":"baseline"');
  });

  it("pass the scenario's drift through to the Talos side, per node too", () => {
    const built = buildTestCluster({
      settings:
        "profile: talos-drifted\ntalosVersion: v1.13.2\nnodes: { workers: 2 }\ntalos:\n  drift: { apiServerExtraArgs: { profiling: 'true' } }\n  nodeDrift: { w-02: { secureBoot: false } }",
    });
    const command = commandOf(
      controlPlanePods(built.cluster.objects).find((pod) => pod.metadata.labels?.component === "kube-apiserver"),
    );
    expect(command).toContain("--profiling=true");
    const secureBoot = Object.fromEntries(
      built.talosNodes.map((state) => [state.hostname, state.securityState.secureBoot]),
    );
    expect(secureBoot["test-w-02"]).toBe(false);
    expect(built.talosNodes.find((state) => state.hostname === "test-w-02")?.variant).toBe("drifted");
  });
});

describe("kubeadm profiles", () => {
  it("serve kubeadm mirror pods on each control-plane node and an Ubuntu node image", () => {
    const built = buildTestCluster({ settings: "profile: kubeadm-default\nnodes: { controlPlanes: 3, workers: 1 }" });
    expect(controlPlanePods(built.cluster.objects)).toHaveLength(12);
    expect(nodeInfo(objectsOfKind(built, "Node")[0]).osImage).toBe("Ubuntu 24.04.1 LTS");
    expect(built.talosNodes).toEqual([]);
  });

  it("kubeadm-hardened's API server has anonymous auth and profiling off", () => {
    const built = buildTestCluster({ settings: "profile: kubeadm-hardened" });
    const command = commandOf(
      controlPlanePods(built.cluster.objects).find((pod) => pod.metadata.labels?.component === "kube-apiserver"),
    );
    expect(command).toEqual(expect.arrayContaining(["--anonymous-auth=false", "--profiling=false"]));
  });
});

describe("managed profile", () => {
  it("hides the control plane: no control-plane nodes, no mirror pods, a cloud OS image", () => {
    const built = buildTestCluster({ settings: "profile: managed\nnodes: { controlPlanes: 3, workers: 3 }" });
    expect(controlPlanePods(built.cluster.objects)).toHaveLength(0);
    expect(built.cluster.nodes.map((node) => node.role)).toEqual(["worker", "worker", "worker"]);
    const nodes = objectsOfKind(built, "Node");
    expect(nodes.some((node) => "node-role.kubernetes.io/control-plane" in (node.metadata.labels ?? {}))).toBe(false);
    expect(nodeInfo(nodes[0]).osImage).toMatch(/^Bottlerocket OS/);
    expect(objectsOfKind(built, "CronJob").some((cronJob) => cronJob.metadata.name.includes("backup"))).toBe(false);
  });

  it("looks like GKE or AKS when asked", () => {
    const gke = buildTestCluster({ settings: "profile: managed\nmanagedFlavor: gke\nnodes: { workers: 1 }" });
    expect(nodeInfo(objectsOfKind(gke, "Node")[0]).osImage).toBe("Container-Optimized OS from Google");
    expect(gke.cluster.nodes[0]?.name).toMatch(/^gke-test-default-pool-[0-9a-f]{8}-[0-9a-f]{4}$/);
  });
});
