import { describe, expect, it } from "vitest";
import { listWorkloadContainers } from "@/lib/server/evaluate/checks/seed/support/immutability-containers";
import { buildManifestSnapshot, NOT_IN_MANIFESTS } from "./build-manifest-snapshot";
import { evaluateManifests } from "./evaluate-manifests";
import { parseManifests } from "./parse-manifests";

const RESTRICTED_LABELS = `
  labels:
    pod-security.kubernetes.io/enforce: restricted`;

function deployment({ readOnly = true, replicas = 2 }: { readOnly?: boolean; replicas?: number } = {}): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      serviceAccountName: api
      automountServiceAccountToken: false
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: RuntimeDefault } }
      initContainers:
        - name: migrate
          image: api
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
      containers:
        - name: api
          image: api
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: ${readOnly}, capabilities: { drop: [ALL] } }
`;
}

const NAMESPACE = (labels = RESTRICTED_LABELS) => `
apiVersion: v1
kind: Namespace
metadata:
  name: shop${labels}
`;

const objects = (...documents: string[]) => parseManifests({ text: documents.join("\n---\n") });

describe("buildManifestSnapshot", () => {
  it("lists the pods a Deployment's ReplicaSet would create, owned so that Lotse groups them by Deployment", () => {
    const snapshot = buildManifestSnapshot({ objects: objects(NAMESPACE(), deployment({ replicas: 3 })) });
    const pods = snapshot.kubernetes.pods.data ?? [];
    expect(pods).toHaveLength(3);
    expect(new Set(pods.map((pod) => pod.owner?.kind))).toEqual(new Set(["ReplicaSet"]));
    expect(pods.every((pod) => pod.namespace === "shop" && pod.serviceAccountName === "api")).toBe(true);
    expect(pods[0]?.containers.map((container) => [container.name, container.kind])).toEqual([
      ["api", "container"],
      ["migrate", "init"],
    ]);
    const containers = listWorkloadContainers(pods, snapshot.kubernetes.workloads.data ?? []);
    expect(containers.map((container) => container.workload)).toEqual(["Deployment/api", "Deployment/api"]);
    expect(snapshot.kubernetes.workloads.data?.map((workload) => `${workload.kind}/${workload.name}`)).toEqual([
      "Deployment/api",
    ]);
  });

  it("adds what Kubernetes creates by itself: used namespaces and each namespace's default ServiceAccount", () => {
    const withoutNamespace = deployment().replace("namespace: shop", "namespace: undeclared");
    const snapshot = buildManifestSnapshot({ objects: objects(NAMESPACE(), withoutNamespace) });
    expect(
      snapshot.kubernetes.namespaces.data?.map((namespace) => [namespace.name, namespace.podSecurity.enforce]),
    ).toEqual([
      ["shop", "restricted"],
      ["undeclared", null],
    ]);
    expect(snapshot.kubernetes.serviceAccounts.data).toEqual([
      { namespace: "shop", name: "default", automountServiceAccountToken: null },
      { namespace: "undeclared", name: "default", automountServiceAccountToken: null },
    ]);
  });

  it("keeps a declared default ServiceAccount instead of the implicit one", () => {
    const account =
      "apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: shop }\nautomountServiceAccountToken: false";
    const snapshot = buildManifestSnapshot({ objects: objects(NAMESPACE(), account) });
    expect(snapshot.kubernetes.serviceAccounts.data).toEqual([
      { namespace: "shop", name: "default", automountServiceAccountToken: false },
    ]);
  });

  it("leaves what manifests cannot describe UNKNOWN, with the reason", () => {
    const snapshot = buildManifestSnapshot({ objects: objects(NAMESPACE()) });
    expect(snapshot.kubernetes.nodes).toEqual({
      data: null,
      errors: [expect.objectContaining({ message: NOT_IN_MANIFESTS })],
    });
    expect(snapshot.kubernetes.controlPlanePods.data).toBeNull();
    expect(snapshot.kubernetes.networkPolicies).toEqual({ data: [], errors: [] });
  });

  it("refuses an object the collector would refuse, naming it", () => {
    const broken = deployment().replace("readOnlyRootFilesystem: true", 'readOnlyRootFilesystem: "yes"');
    expect(() => buildManifestSnapshot({ objects: objects(NAMESPACE(), broken) })).toThrow(/Pod\/api-[0-9a-f]{10}-0/);
  });
});

describe("evaluateManifests can fail a manifest", () => {
  const statusOf = (results: ReturnType<typeof evaluateManifests>, checkId: string) =>
    results.filter((result) => result.checkId === checkId).map((result) => result.status);

  it("passes restricted, read-only pods and fails a writable root filesystem", () => {
    const good = evaluateManifests({ objects: objects(NAMESPACE(), deployment()), platform: "kubeadm" });
    expect(statusOf(good, "seed.immutability")).toEqual(["PASS"]);
    const writable = evaluateManifests({
      objects: objects(NAMESPACE(), deployment({ readOnly: false })),
      platform: "kubeadm",
    });
    expect(statusOf(writable, "seed.immutability")).toEqual(["FAIL"]);
  });

  it("judges a namespace without the restricted label as not restricted", () => {
    const results = evaluateManifests({ objects: objects(NAMESPACE(""), deployment()), platform: "managed" });
    const finding = results.find((result) => result.checkId === "seed.pod-security");
    expect(finding?.subject).toEqual({ kind: "namespace", name: "shop" });
    expect(finding?.status).not.toBe("PASS");
  });
});
