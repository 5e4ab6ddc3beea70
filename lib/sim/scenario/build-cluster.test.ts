import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { SECRET_VALUE_MARKER } from "./objects/build-config-objects";
import { buildTestCluster, buildTestClusters, objectsOfKind } from "./testing/build-test-cluster";

const fleet = (seed: number) => `
seed: ${seed}
groups:
  - name: edge-{n}
    count: 2
    profile: talos-hardened
    talosVersion: v1.13.2
    kubernetesVersion: 1.36.1
  - name: dc-{n}
    count: 2
    profile: kubeadm-default
    kubernetesVersion: 1.34.4
`;

type Container = { securityContext?: Record<string, unknown>; image: string };
type PodSpec = { containers: Container[]; hostNetwork?: boolean };
const podSpecOf = (object: KubeObject) => (object.spec as { template: { spec: PodSpec } }).template.spec;

describe("buildCluster determinism", () => {
  it("builds byte-identical objects from the same scenario", () => {
    const first = JSON.stringify(
      buildTestClusters({ yaml: fleet(11) }).map((built) => [built.cluster, built.talosNodes]),
    );
    const second = JSON.stringify(
      buildTestClusters({ yaml: fleet(11) }).map((built) => [built.cluster, built.talosNodes]),
    );
    expect(second).toBe(first);
  });

  it("builds different objects from a different seed", () => {
    const [a] = buildTestClusters({ yaml: fleet(11) });
    const [b] = buildTestClusters({ yaml: fleet(12) });
    expect(a?.cluster.objects.length).toBe(b?.cluster.objects.length);
    expect(JSON.stringify(b?.cluster.objects)).not.toBe(JSON.stringify(a?.cluster.objects));
    expect(b?.cluster.objects[0]?.metadata.uid).not.toBe(a?.cluster.objects[0]?.metadata.uid);
  });

  it("gives every object a unique uid", () => {
    const built = buildTestClusters({ yaml: fleet(5) });
    for (const cluster of built) {
      const uids = cluster.cluster.objects.map((object) => object.metadata.uid);
      expect(new Set(uids).size).toBe(uids.length);
    }
  });
});

describe("buildCluster posture", () => {
  it("makes exactly the asked number of workloads privileged or host-network, and exempts their namespaces", () => {
    const built = buildTestCluster({
      settings:
        "profile: talos-hardened\nworkloads: { namespaces: 4, deploymentsPerNamespace: 3 }\nposture: { privilegedWorkloads: 2, hostNetworkWorkloads: 1 }",
    });
    const apps = objectsOfKind(built, "Deployment").filter(
      (object) => object.metadata.labels?.["app.kubernetes.io/part-of"] === "port-authority",
    );
    const privileged = apps.filter((object) =>
      podSpecOf(object).containers.some((container) => container.securityContext?.privileged === true),
    );
    const hostNetwork = apps.filter((object) => podSpecOf(object).hostNetwork === true);
    expect([privileged.length, hostNetwork.length]).toEqual([2, 1]);
    const levels = new Map(
      objectsOfKind(built, "Namespace").map((ns) => [
        ns.metadata.name,
        ns.metadata.labels?.["pod-security.kubernetes.io/enforce"],
      ]),
    );
    for (const workload of [...privileged, ...hostNetwork])
      expect(levels.get(workload.metadata.namespace ?? "")).toBe("privileged");
  });

  it("leaves the asked number of application namespaces without PSA labels or default-deny policy", () => {
    const built = buildTestCluster({
      settings:
        "profile: talos-hardened\nworkloads: { namespaces: 6 }\nposture: { namespacesWithoutPsa: 2, namespacesWithoutDefaultDeny: 3 }",
    });
    const appNamespaces = objectsOfKind(built, "Namespace").filter(
      (ns) => ns.metadata.labels?.["app.kubernetes.io/part-of"] === "port-authority",
    );
    expect(appNamespaces).toHaveLength(6);
    expect(appNamespaces.filter((ns) => !ns.metadata.labels?.["pod-security.kubernetes.io/enforce"])).toHaveLength(2);
    const denied = new Set(
      objectsOfKind(built, "NetworkPolicy")
        .filter((policy) => policy.metadata.name === "default-deny-all")
        .map((policy) => policy.metadata.namespace),
    );
    expect(appNamespaces.filter((ns) => !denied.has(ns.metadata.name))).toHaveLength(3);
    const policy = objectsOfKind(built, "NetworkPolicy").find(
      (candidate) => candidate.metadata.name === "default-deny-all",
    );
    expect(policy?.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
  });

  it("pins the asked share of images by digest and sets readOnlyRootFilesystem by share", () => {
    const none = buildTestCluster({
      settings:
        "profile: kubeadm-default\nworkloads: { namespaces: 5, deploymentsPerNamespace: 6 }\nposture: { imageDigests: 0, readOnlyRootFilesystem: 0 }",
    });
    const all = buildTestCluster({
      settings:
        "profile: kubeadm-default\nworkloads: { namespaces: 5, deploymentsPerNamespace: 6 }\nposture: { imageDigests: 1, readOnlyRootFilesystem: 1, privilegedWorkloads: 0 }",
    });
    const appContainers = (built: typeof none) =>
      objectsOfKind(built, "Deployment")
        .filter((object) => object.metadata.labels?.["app.kubernetes.io/part-of"] === "port-authority")
        .flatMap((object) => podSpecOf(object).containers);
    expect(appContainers(none).filter((container) => container.image.includes("@sha256:"))).toHaveLength(0);
    expect(appContainers(all).every((container) => /@sha256:[0-9a-f]{64}$/.test(container.image))).toBe(true);
    expect(appContainers(none).some((container) => container.securityContext?.readOnlyRootFilesystem === true)).toBe(
      false,
    );
    expect(appContainers(all).every((container) => container.securityContext?.readOnlyRootFilesystem === true)).toBe(
      true,
    );
  });

  it("keeps the default public-info-viewer binding and adds system:anonymous and wildcard roles only when asked", () => {
    const clean = buildTestCluster({ settings: "profile: talos-hardened" });
    const risky = buildTestCluster({
      settings: "profile: talos-drifted\nposture: { anonymousBinding: true, wildcardRoles: 2 }",
    });
    const subjectsOf = (built: typeof clean) =>
      objectsOfKind(built, "ClusterRoleBinding").flatMap((binding) =>
        (binding.subjects as { name: string }[]).map((subject) => subject.name),
      );
    for (const built of [clean, risky]) expect(subjectsOf(built)).toContain("system:unauthenticated");
    expect(subjectsOf(clean)).not.toContain("system:anonymous");
    expect(subjectsOf(risky)).toContain("system:anonymous");
    const wildcard = objectsOfKind(risky, "ClusterRole").filter((role) => role.metadata.name.startsWith("ci-deployer"));
    expect(wildcard.map((role) => role.rules)).toEqual([
      [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }],
      [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }],
    ]);
  });

  it("serves Kyverno policies as CRDs with the asked failure action, and VAPs only from 1.30", () => {
    const enforce = buildTestCluster({
      settings:
        "profile: talos-hardened\nkubernetesVersion: 1.36.1\nadmission: { kyverno: enforce, verifyImages: audit, validatingAdmissionPolicies: deny }",
    });
    const crds = objectsOfKind(enforce, "CustomResourceDefinition").map((crd) => crd.metadata.name);
    expect(crds).toContain("clusterpolicies.kyverno.io");
    const policies = objectsOfKind(enforce, "ClusterPolicy");
    const verify = policies.find((policy) => policy.metadata.name === "verify-image-signatures");
    expect((verify?.spec as { validationFailureAction: string }).validationFailureAction).toBe("Audit");
    expect(JSON.stringify(verify?.spec)).toContain("verifyImages");
    expect(
      policies.filter(
        (policy) => (policy.spec as { validationFailureAction: string }).validationFailureAction === "Enforce",
      ),
    ).toHaveLength(3);
    expect(
      objectsOfKind(enforce, "ValidatingAdmissionPolicyBinding").map(
        (binding) => (binding.spec as { validationActions: string[] }).validationActions,
      ),
    ).toEqual([["Deny"], ["Deny"]]);
    const old = buildTestCluster({
      settings:
        "profile: kubeadm-hardened\nkubernetesVersion: 1.29.9\nadmission: { validatingAdmissionPolicies: deny }",
    });
    expect(objectsOfKind(old, "ValidatingAdmissionPolicy")).toHaveLength(0);
  });

  it("serves Sigstore ClusterImagePolicies and labels the application namespaces for them", () => {
    const built = buildTestCluster({
      settings: "profile: managed\nworkloads: { namespaces: 2 }\nadmission: { sigstorePolicyController: true }",
    });
    expect(objectsOfKind(built, "ClusterImagePolicy")).toHaveLength(1);
    const included = objectsOfKind(built, "Namespace").filter(
      (ns) => ns.metadata.labels?.["policy.sigstore.dev/include"] === "true",
    );
    expect(included).toHaveLength(2);
  });

  it("keeps Secret data (marked) and the immutable flag by share", () => {
    const built = buildTestCluster({ settings: "workloads: { namespaces: 3 }\nposture: { immutableConfig: 1 }" });
    const secrets = objectsOfKind(built, "Secret").filter((secret) => secret.metadata.namespace !== "kube-system");
    expect(secrets.length).toBeGreaterThan(3);
    expect(secrets.every((secret) => secret.immutable === true)).toBe(true);
    const values = secrets
      .flatMap((secret) => Object.values(secret.data as Record<string, string>))
      .map((value) => Buffer.from(value, "base64").toString("utf8"));
    expect(values.some((value) => value.includes(SECRET_VALUE_MARKER))).toBe(true);
  });

  it("renders Deployments with ReplicaSets and Pods, CronJobs with Jobs, and places pods on workers", () => {
    const built = buildTestCluster({
      settings:
        "profile: kubeadm-default\nnodes: { controlPlanes: 1, workers: 3 }\nworkloads: { namespaces: 1, deploymentsPerNamespace: 1, replicas: 4, cronJobsPerNamespace: 1, statefulSetsPerNamespace: 1 }",
    });
    const api = objectsOfKind(built, "Deployment").find((object) => object.metadata.name === "api");
    const replicaSets = objectsOfKind(built, "ReplicaSet").filter(
      (rs) => rs.metadata.ownerReferences?.[0]?.uid === api?.metadata.uid,
    );
    expect(replicaSets.map((rs) => (rs.spec as { replicas: number }).replicas).sort()).toEqual([0, 4]);
    const current = replicaSets.find((rs) => (rs.spec as { replicas: number }).replicas === 4);
    const pods = objectsOfKind(built, "Pod").filter(
      (pod) => pod.metadata.ownerReferences?.[0]?.uid === current?.metadata.uid,
    );
    expect(pods).toHaveLength(4);
    const workers = new Set(built.cluster.nodes.filter((node) => node.role === "worker").map((node) => node.name));
    expect(pods.every((pod) => workers.has((pod.spec as { nodeName: string }).nodeName))).toBe(true);
    const cronJob = objectsOfKind(built, "CronJob").find(
      (object) => object.metadata.namespace === api?.metadata.namespace,
    );
    expect(
      objectsOfKind(built, "Job").filter((job) => job.metadata.ownerReferences?.[0]?.uid === cronJob?.metadata.uid),
    ).toHaveLength(3);
    expect(objectsOfKind(built, "StatefulSet")).toHaveLength(1);
  });
});
