import { beforeAll, describe, expect, it } from "vitest";
import type { KubeWorkload, ToolNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { networkPoliciesEvaluator } from "./evaluate-network-policies";
import { detectCni } from "./support/detect-cni";
import { resultAbout, TIMEOUT_ERROR } from "./support/seed-test-helpers";

const cilium = (
  name: string,
  namespace: string | null,
  directions: ToolNetworkPolicy["defaultDenyDirections"],
): ToolNetworkPolicy => ({
  kind: namespace === null ? "CiliumClusterwideNetworkPolicy" : "CiliumNetworkPolicy",
  namespace,
  name,
  selectsAll: true,
  defaultDenyDirections: directions,
});

const daemonSet = (name: string, containers: { name: string; image: string; args?: string[] }[]): KubeWorkload => ({
  kind: "DaemonSet",
  namespace: "kube-system",
  name,
  labels: {},
  owner: null,
  creationTimestamp: null,
  containers: containers.map((container) => ({ command: [], args: [], ...container })),
  cronJob: null,
  job: null,
});

describe("seed.network-policies with the CNI and CNI-specific policies", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("warns on a default deny that Flannel alone does not enforce, naming the CNI's DaemonSet", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-default");
    const warned = resultAbout(results, "berth-planning");
    expect(warned).toMatchObject({
      status: "WARN",
      message:
        "Namespace berth-planning denies ingress and egress by default (default-deny-all), but the CNI Flannel (DaemonSet/kube-system/kube-flannel) does not enforce NetworkPolicies, so they have no effect.",
    });
    expect(warned.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.workloads[DaemonSet, CNI]",
        value: [{ name: "Flannel", workload: "DaemonSet/kube-system/kube-flannel", enforcesPolicies: false }],
      }),
    );
    // A namespace without any default deny stays a FAIL.
    expect(resultAbout(results, "vessel-traffic").status).toBe("FAIL");
  });

  it("passes the same namespace on a Cilium cluster", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-hardened");
    expect(resultAbout(results, "berth-planning").status).toBe("PASS");
    expect(resultAbout(results, "berth-planning").evidence).toContainEqual(
      expect.objectContaining({ value: [expect.objectContaining({ name: "Cilium", enforcesPolicies: true })] }),
    );
  });

  it("counts Cilium policies as default deny: namespaced ones for their namespace, cluster-wide ones everywhere", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies.data = [];
        snapshot.kubernetes.ciliumPolicies = {
          isServed: true,
          data: [
            cilium("deny-all", "berth-planning", ["Ingress", "Egress"]),
            cilium("deny-egress", null, ["Egress"]),
            cilium("deny-ingress", "vessel-traffic", ["Ingress"]),
          ],
          errors: [],
        };
      },
    });
    expect(resultAbout(results, "berth-planning")).toMatchObject({
      status: "PASS",
      message:
        "Namespace berth-planning denies ingress and egress by default (CiliumNetworkPolicy berth-planning/deny-all, CiliumClusterwideNetworkPolicy deny-egress).",
    });
    expect(resultAbout(results, "vessel-traffic").status).toBe("PASS");
    expect(resultAbout(results, "logging")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("for ingress"),
    });
  });

  it("is UNKNOWN, not FAIL, where a default deny may be in an unread Cilium list", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.ciliumPolicies = {
          isServed: true,
          data: null,
          errors: [{ target: "kubernetes:ciliumnetworkpolicies.cilium.io", ...TIMEOUT_ERROR }],
        };
      },
    });
    expect(resultAbout(results, "berth-planning").status).toBe("PASS");
    expect(resultAbout(results, "logging").status).toBe("UNKNOWN");
  });

  it("shows a Kyverno generate rule that creates NetworkPolicies as evidence", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.kyvernoPolicies.data!.push({
          kind: "ClusterPolicy",
          namespace: null,
          name: "add-default-deny",
          validationFailureAction: null,
          background: null,
          rules: [
            {
              name: "default-deny",
              failureAction: null,
              hasValidate: false,
              verifyImages: [],
              generate: { kind: "NetworkPolicy", synchronize: true, generateExisting: true },
            },
          ],
        });
      },
    });
    expect(resultAbout(results, "berth-planning").evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.kyvernoPolicies[generate NetworkPolicy]",
        value: [
          { policy: "ClusterPolicy/add-default-deny", rule: "default-deny", synchronize: true, generateExisting: true },
        ],
      }),
    );
  });
});

describe("detectCni", () => {
  const ecr = "602401143452.dkr.ecr.eu-central-1.amazonaws.com";
  it("tells the VPC CNI with its enabled policy agent from the plain VPC CNI", () => {
    const plain = daemonSet("aws-node", [{ name: "aws-node", image: `${ecr}/amazon-k8s-cni:v1.19.0` }]);
    expect(detectCni({ workloads: [plain] }).state).toBe("not-enforced");
    const withAgent = daemonSet("aws-node", [
      { name: "aws-node", image: `${ecr}/amazon-k8s-cni:v1.19.0` },
      {
        name: "aws-eks-nodeagent",
        image: `${ecr}/amazon/aws-network-policy-agent:v1.2.0`,
        args: ["--enable-network-policy=true"],
      },
    ]);
    expect(detectCni({ workloads: [withAgent] })).toEqual({
      state: "enforced",
      cnis: [{ name: "AWS VPC CNI", workload: "DaemonSet/kube-system/aws-node", enforcesPolicies: true }],
    });
  });

  it("accepts Flannel beside a policy engine (Canal, Calico), and knows nothing without a recognised DaemonSet", () => {
    const flannel = daemonSet("kube-flannel", [{ name: "kube-flannel", image: "flannel/flannel:v0.26.7" }]);
    const calico = daemonSet("calico-node", [{ name: "calico-node", image: "calico/node:v3.29.1" }]);
    expect(detectCni({ workloads: [flannel, calico] }).state).toBe("enforced");
    expect(
      detectCni({ workloads: [daemonSet("canal", [{ name: "flannel", image: "flannel/flannel" }])] }).cnis,
    ).toEqual([{ name: "Canal", workload: "DaemonSet/kube-system/canal", enforcesPolicies: true }]);
    expect(detectCni({ workloads: [] }).state).toBe("unknown");
    expect(detectCni({ workloads: null }).state).toBe("unknown");
  });
});
