// The collector against the simulated API server over real HTTPS: a healthy cluster.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KubeApiServer } from "@/lib/sim/kube";
import { collectKubernetes, type KubernetesCollection } from "./collect-kubernetes";
import { buildKubeFixture, buildPolicyEngineObjects } from "./testing/build-kube-fixture";
import { startFixtureCluster } from "./testing/start-fixture-cluster";

const OPTIONS = { deadlineMs: 20_000, requestTimeoutMs: 5_000, pageSize: 500, concurrency: 5 };

let server: KubeApiServer;
let kubeconfig: string;
let result: KubernetesCollection;

beforeAll(async () => {
  ({ server, kubeconfig } = await startFixtureCluster());
  result = await collectKubernetes({ kubeconfig, ...OPTIONS });
});

afterAll(async () => {
  await server.close();
});

describe("collectKubernetes on a healthy cluster", () => {
  it("reads every part without errors and names the credential", () => {
    expect(result.errors).toEqual([]);
    expect(result.identity).toEqual({ user: "lotse", groups: ["lotse:readers"], authKind: "client-certificate" });
    expect(result.snapshot.version.data).toMatchObject({
      gitVersion: "v1.33.4",
      major: "1",
      minor: "33",
      minorNumber: 33,
    });
    expect(Object.keys(result.durationsMs).sort()).toEqual(["discovery", "resources", "total", "version"]);
  });

  it("detects Talos from the OS image and reads roles and readiness", () => {
    const nodes = result.snapshot.nodes.data ?? [];
    expect(nodes.map((node) => [node.name, node.isTalos, node.talosVersion, node.roles, node.isReady])).toEqual([
      ["cp-1", true, "v1.11.1", ["control-plane"], true],
      ["worker-1", true, "v1.11.1", [], true],
      ["worker-2", false, null, ["worker"], false],
    ]);
    expect(nodes[0]).toMatchObject({ kubeletVersion: "v1.33.4", containerRuntimeVersion: "containerd://2.1.4" });
  });

  it("reads PSA labels of namespaces, and their absence", () => {
    const byName = new Map((result.snapshot.namespaces.data ?? []).map((ns) => [ns.name, ns.podSecurity]));
    expect(byName.get("payments")).toEqual({
      enforce: "restricted",
      enforceVersion: "latest",
      audit: "restricted",
      auditVersion: null,
      warn: "restricted",
      warnVersion: null,
    });
    expect(byName.get("shop")?.enforce).toBeNull();
  });

  it("tells default-deny policies from allow policies", () => {
    const policies = (result.snapshot.networkPolicies.data ?? []).map((p) => [
      p.namespace,
      p.name,
      p.isDefaultDenyIngress,
      p.isDefaultDenyEgress,
    ]);
    expect(policies).toEqual([
      ["payments", "default-deny", true, true],
      ["shop", "allow-web", false, false],
      ["shop", "deny-egress", false, true],
    ]);
  });

  it("keeps RBAC rules and subjects, including a binding to system:anonymous", () => {
    const anonymous = result.snapshot.clusterRoleBindings.data?.find((binding) => binding.name === "anonymous-view");
    expect(anonymous).toMatchObject({ namespace: null, roleRef: { kind: "ClusterRole", name: "view" } });
    expect(anonymous?.subjects).toEqual([{ kind: "User", name: "system:anonymous", namespace: null }]);
    const aggregate = result.snapshot.clusterRoles.data?.find((role) => role.name === "aggregate-view");
    expect(aggregate?.hasAggregationRule).toBe(true);
    expect(result.snapshot.roles.data?.[0]?.rules[0]?.resourceNames).toEqual(["web-0"]);
    expect(result.snapshot.roleBindings.data?.[0]?.subjects).toEqual([
      { kind: "ServiceAccount", name: "builder", namespace: "shop" },
    ]);
    const accounts = result.snapshot.serviceAccounts.data?.map((sa) => [sa.name, sa.automountServiceAccountToken]);
    expect(accounts).toEqual([
      ["builder", null],
      ["default", false],
    ]);
  });

  it("reduces pods to what PSS checks need, init and ephemeral containers included", () => {
    const debug = result.snapshot.pods.data?.find((pod) => pod.name === "debug");
    expect(debug).toMatchObject({ hostNetwork: true, hostPID: true, hostIPC: true, nodeName: "worker-2" });
    expect(debug?.securityContext.seccompProfile).toEqual({ type: "Unconfined", localhostProfile: null });
    expect(debug?.securityContext.sysctls).toEqual([{ name: "kernel.msgmax", value: "65536" }]);
    expect(debug?.appArmorAnnotations).toEqual({ shell: "unconfined" });
    expect(debug?.volumes).toEqual([
      { name: "docker", type: "hostPath", hostPath: { path: "/var/run/docker.sock", type: "Socket" } },
      { name: "token", type: "projected", hostPath: null },
    ]);
    expect(debug?.containers.map((c) => [c.kind, c.name, c.privileged, c.allowPrivilegeEscalation])).toEqual([
      ["container", "shell", true, null],
      ["init", "setup", null, true],
      ["ephemeral", "debugger", null, null],
    ]);
    expect(debug?.containers[0]).toMatchObject({
      runAsUser: 0,
      capabilitiesAdd: ["NET_ADMIN", "SYS_ADMIN"],
      hostPorts: [8080],
      procMount: "Unmasked",
      probeHosts: ["10.0.0.1"],
      hasImageDigest: false,
    });
    const web = result.snapshot.pods.data?.find((pod) => pod.name === "web-0");
    expect(web?.owner).toEqual({ kind: "ReplicaSet", name: "web-7d9f" });
    expect(web?.containers[0]).toMatchObject({
      hasImageDigest: true,
      readOnlyRootFilesystem: true,
      capabilitiesDrop: ["ALL"],
    });
  });

  it("parses control-plane mirror pods' command lines into flags", () => {
    const pods = result.snapshot.controlPlanePods.data ?? [];
    expect(pods.map((pod) => [pod.component, pod.name, pod.nodeName, pod.isMirror])).toEqual([
      ["kube-apiserver", "kube-apiserver-cp-1", "cp-1", true],
      ["kube-scheduler", "kube-scheduler-cp-1", "cp-1", true],
    ]);
    expect(pods[0]?.flags).toMatchObject({
      "anonymous-auth": "false",
      "api-audiences": ["https://10.5.0.2:6443", "talos"],
      "allow-privileged": "true",
      "tls-min-version": "VersionTLS13",
    });
    expect(pods[1]?.flags).toEqual({ "bind-address": "127.0.0.1", profiling: "false", "leader-elect": "true" });
  });

  it("finds etcd backup CronJobs with their last run, and redacts secrets on command lines", () => {
    const backups = result.snapshot.etcdBackupJobs.data ?? [];
    expect(backups.map((job) => [job.namespace, job.name, job.kind])).toEqual([
      ["kube-system", "talos-backup", "CronJob"],
      ["ops", "etcd-snap", "CronJob"],
    ]);
    expect(backups[0]).toMatchObject({
      schedule: "0 */6 * * *",
      lastSuccessfulTime: "2026-01-11T06:01:10Z",
      lastJob: { name: "talos-backup-29470000", outcome: "succeeded", completionTime: "2026-01-11T06:01:10Z" },
    });
    expect(backups[1]?.evidence).toMatch(/^command of container snap: etcdctl .*snapshot/);
    const snap = result.snapshot.workloads.data?.find((workload) => workload.name === "etcd-snap");
    expect(snap?.containers[0]?.command.join(" ")).toContain("--secret-key=[redacted]");
    const kinds = new Set(result.snapshot.workloads.data?.map((workload) => workload.kind));
    expect([...kinds].sort()).toEqual(["CronJob", "DaemonSet", "Deployment", "Job", "StatefulSet"]);
  });

  it("reads admission webhooks, ValidatingAdmissionPolicies and Kyverno served by its CRD; absent tools are absent", () => {
    expect(result.snapshot.validatingWebhooks.data).toEqual([
      expect.objectContaining({ name: "validate.kyverno.svc-fail", failurePolicy: "Fail", timeoutSeconds: 10 }),
    ]);
    expect(result.snapshot.validatingWebhooks.data?.[0]?.namespaceSelector?.matchExpressions[0]?.operator).toBe(
      "NotIn",
    );
    expect(result.snapshot.mutatingWebhooks.data?.[0]?.failurePolicy).toBe("Ignore");
    expect(result.snapshot.validatingAdmissionPolicies).toMatchObject({ isServed: true, errors: [] });
    expect(result.snapshot.validatingAdmissionPolicyBindings.data).toEqual([
      { name: "require-team-label-binding", policyName: "require-team-label", validationActions: ["Deny", "Audit"] },
    ]);
    const kyverno = result.snapshot.kyvernoPolicies;
    expect(kyverno.isServed).toBe(true);
    expect(kyverno.data?.[0]).toMatchObject({
      kind: "ClusterPolicy",
      name: "verify-images",
      validationFailureAction: "Enforce",
    });
    expect(kyverno.data?.[0]?.rules).toEqual([
      {
        name: "check-signature",
        failureAction: null,
        hasValidate: false,
        verifyImages: [
          {
            imageReferences: ["registry.example/*"],
            required: true,
            verifyDigest: true,
            mutateDigest: null,
            attestorCount: 1,
            failureAction: null,
          },
        ],
      },
      { name: "require-labels", failureAction: "Audit", hasValidate: true, verifyImages: [] },
    ]);
    expect(result.snapshot.clusterImagePolicies).toEqual({ isServed: false, data: [], errors: [] });
    expect(result.snapshot.gatekeeperConstraints).toEqual({ isServed: false, data: [], errors: [] });
    expect(result.snapshot.crds.data).toEqual([
      {
        name: "clusterpolicies.kyverno.io",
        group: "kyverno.io",
        plural: "clusterpolicies",
        servedVersions: ["v1", "v2beta1"],
      },
    ]);
    const notFound = server.requestLog.filter((entry) => entry.status === 404);
    expect(notFound).toEqual([]);
  });

  it("reads each node's kubelet configuration through the node proxy", () => {
    const configs = result.snapshot.kubeletConfigs.data ?? [];
    expect(configs.map((config) => [config.nodeName, config.data?.readOnlyPort])).toEqual([
      ["cp-1", 0],
      ["worker-1", 0],
      ["worker-2", 10255],
    ]);
    expect(configs[0]?.data).toMatchObject({
      anonymousAuthEnabled: false,
      webhookAuthEnabled: true,
      authorizationMode: "Webhook",
      clientCAFile: "/etc/kubernetes/pki/ca.crt",
      tlsMinVersion: "VersionTLS13",
      featureGates: { RotateKubeletServerCertificate: true },
    });
    expect(configs[0]?.data?.raw).toMatchObject({ staticPodURL: "http://127.0.0.1:40123" });
  });

  it("names a token's user with a SelfSubjectReview", async () => {
    const tokenConfig = await server.createKubeconfig({
      user: "system:serviceaccount:lotse:reader",
      groups: ["system:serviceaccounts"],
      auth: "token",
    });
    const tokenResult = await collectKubernetes({ kubeconfig: tokenConfig, ...OPTIONS });
    expect(tokenResult.identity).toEqual({
      user: "system:serviceaccount:lotse:reader",
      groups: ["system:serviceaccounts", "system:authenticated"],
      authKind: "token",
    });
    expect(tokenResult.errors).toEqual([]);
  });
});

describe("collectKubernetes on a cluster with Gatekeeper and the Sigstore policy controller", () => {
  let policyServer: KubeApiServer;
  let policies: KubernetesCollection;

  beforeAll(async () => {
    const started = await startFixtureCluster({
      objects: [...buildKubeFixture().objects, ...buildPolicyEngineObjects()],
    });
    policyServer = started.server;
    policies = await collectKubernetes({ kubeconfig: started.kubeconfig, ...OPTIONS });
  });

  afterAll(async () => {
    await policyServer.close();
  });

  it("lists every served Gatekeeper constraint kind, with each constraint's enforcement action", () => {
    expect(policies.errors).toEqual([]);
    const { gatekeeperConstraints } = policies.snapshot;
    expect(gatekeeperConstraints).toMatchObject({ isServed: true, errors: [] });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(gatekeeperConstraints.data?.toSorted(byName)).toEqual([
      { kind: "K8sRequiredLabels", name: "namespaces-need-owner", enforcementAction: "dryrun" },
      { kind: "K8sPSPPrivilegedContainer", name: "no-privileged", enforcementAction: "deny" },
      { kind: "K8sPSPPrivilegedContainer", name: "warn-privileged-in-ci", enforcementAction: "warn" },
    ]);
    const constraintLists = policyServer.requestLog
      .filter((entry) => entry.path.startsWith("/apis/constraints.gatekeeper.sh/"))
      .map((entry) => entry.path)
      .sort();
    expect(constraintLists).toEqual([
      "/apis/constraints.gatekeeper.sh/v1beta1/k8spspprivilegedcontainer",
      "/apis/constraints.gatekeeper.sh/v1beta1/k8srequiredlabels",
    ]);
  });

  it("reads Sigstore ClusterImagePolicies: image globs, mode (enforce by default) and authorities", () => {
    expect(policies.snapshot.clusterImagePolicies).toEqual({
      isServed: true,
      data: [
        {
          name: "signed-by-ci",
          imageGlobs: ["registry.example/**", "ghcr.io/example/*"],
          mode: "enforce",
          authorityCount: 2,
        },
        { name: "warn-unsigned-mirror", imageGlobs: ["mirror.example/**"], mode: "warn", authorityCount: 1 },
      ],
      errors: [],
    });
  });
});
